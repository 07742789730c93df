#pragma once

// What several benchmarks share: the percentile of a set of timings, and bench_search's fixed
// queries, which bench_server asks of both backends.

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace rt::bench {

// The value at `p` (0 to 1) of `values`, interpolated between the two nearest.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = qsizetype(rank);
    const qsizetype high = std::min(low + 1, values.size() - 1);
    return values.at(low) + (values.at(high) - values.at(low)) * (rank - double(low));
}

// A fixed set: common and rare words, phrases, OR, exclusion, every field, every script.
inline QStringList searchQueries()
{
    return {
        QStringLiteral("biodiversity"),
        QStringLiteral("climate adaptation"),
        QStringLiteral("\"nature-based solutions\""),
        QStringLiteral("mangroves OR wetlands"),
        QStringLiteral("water -dams"),
        QStringLiteral("speaker:zhang"),
        QStringLiteral("speaker:\"Nguyen Hong Ha\""),
        QStringLiteral("org:unep biodiversity"),
        QStringLiteral("org:\"Mekong River Commission\" year:2022"),
        QStringLiteral("series:\"Towards COP15\""),
        QStringLiteral("city:kunming topic:restoration"),
        QStringLiteral("country:vietnam format:online"),
        QStringLiteral("plastic after:2020 before:2023"),
        QStringLiteral("hong ha"),
        QStringLiteral("润秋"),
        QStringLiteral("生物多样性"),
        QStringLiteral("ความหลากหลาย"),
        QStringLiteral("ສິ່ງແວດລ້ອມ"),
        QStringLiteral("បរិស្ថាន OR ပတ်ဝန်းကျင်"),
        QStringLiteral("green financ* -youth"),
    };
}

} // namespace rt::bench
