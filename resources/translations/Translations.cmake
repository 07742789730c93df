# The interface's translations, included from src/core/CMakeLists.txt: the .ts
# files here are compiled (lrelease) into .qm files that are built into roundtable_core as
# the :/i18n resource and installed to share/roundtable/translations.
#
# After adding or changing user-visible text anywhere in src/ or ui/, bring the .ts files up
# to date with
#     cmake --build build --target update_translations
# then translate the new entries (Qt Linguist, or by hand: every <translation
# type="unfinished"> needs text and the type attribute removed); tst_translations fails
# while any entry is unfinished.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(ROUNDTABLE_TS_FILES ${CMAKE_SOURCE_DIR}/resources/translations/roundtable_zh_CN.ts)
file(GLOB_RECURSE ROUNDTABLE_I18N_SOURCES CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/src/*.cpp ${CMAKE_SOURCE_DIR}/src/*.h ${CMAKE_SOURCE_DIR}/ui/*.ui)
qt_add_translations(roundtable_core
    TS_FILES ${ROUNDTABLE_TS_FILES}
    SOURCES ${ROUNDTABLE_I18N_SOURCES}
    LUPDATE_OPTIONS -locations none -no-obsolete
    QM_FILES_OUTPUT_VARIABLE ROUNDTABLE_QM_FILES)
qt_add_resources(roundtable_core "translations_qm"
    PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${ROUNDTABLE_QM_FILES})
# The sources too: Translations falls back on them by source text when a message's context
# differs between lupdate's reading and the running code (file-local tr() helpers).
qt_add_resources(roundtable_core "translations_ts"
    PREFIX "/i18n" BASE ${CMAKE_SOURCE_DIR}/resources/translations FILES ${ROUNDTABLE_TS_FILES})

# English needs a catalogue only for its plurals ("1 record", "2 records"): roundtable_en.ts
# holds just the %n strings (lupdate -pluralonly, run by scripts/translations update).
set(ROUNDTABLE_TS_PLURALS ${CMAKE_SOURCE_DIR}/resources/translations/roundtable_en.ts)
add_custom_target(roundtable_core_plurals) # qt_add_lrelease names its targets after an existing one
qt_add_lrelease(roundtable_core_plurals TS_FILES ${ROUNDTABLE_TS_PLURALS} NO_TARGET_DEPENDENCY NO_GLOBAL_TARGET
                QM_FILES_OUTPUT_VARIABLE ROUNDTABLE_QM_PLURALS)
qt_add_resources(roundtable_core "translations_plurals"
    PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${ROUNDTABLE_QM_PLURALS})
qt_add_resources(roundtable_core "translations_plurals_ts"
    PREFIX "/i18n" BASE ${CMAKE_SOURCE_DIR}/resources/translations FILES ${ROUNDTABLE_TS_PLURALS})
install(FILES ${ROUNDTABLE_QM_FILES} ${ROUNDTABLE_QM_PLURALS} DESTINATION ${CMAKE_INSTALL_DATADIR}/roundtable/translations)
