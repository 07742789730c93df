# Desktop integration and the Debian package; included from the top-level CMakeLists.txt.
set(APP_ID cn.org.lmec.Roundtable)

install(FILES packaging/${APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
if(EXISTS ${CMAKE_SOURCE_DIR}/packaging/${APP_ID}.metainfo.xml)
    install(FILES packaging/${APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()
install(FILES packaging/icons/${APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES packaging/icons/hicolor/${size}x${size}/apps/${APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
if(EXISTS ${CMAKE_SOURCE_DIR}/packaging/roundtable.bash-completion)
    install(FILES packaging/roundtable.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
            RENAME roundtable)
endif()
if(EXISTS ${CMAKE_SOURCE_DIR}/packaging/roundtable.1)
    install(FILES packaging/roundtable.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_PACKAGE_NAME roundtable)
set(CPACK_PACKAGE_VENDOR "Lancang-Mekong Environmental Cooperation Center")
set(CPACK_PACKAGE_CONTACT "Roundtable maintainers <roundtable@lmec.org.cn>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6svg6 (>= 6.4), qt6-qpa-plugins, libsqlite3-0 (>= 3.35), libicu72, fonts-noto-core, fonts-noto-cjk")
# Qt's own Chinese strings (standard buttons and dialogs); the program's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
