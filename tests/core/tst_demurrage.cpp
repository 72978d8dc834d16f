// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/demurrage.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mycelium;

namespace {

__extension__ typedef __int128 Int128;

constexpr qint64 kMax = std::numeric_limits<qint64>::max(); // qint64: the type of the data columns

DemurrageRate rate(QDate from, std::int64_t ppm, std::int64_t exempt = 0)
{
    return DemurrageRate{from, ppm, exempt};
}

// The rule as the issue states it, with nothing clever: one day at a time,
// the rate looked up by scanning the explicit rates, the formula written out
// again here so that a mistake in dailyCharge cannot hide itself.
struct Reference {
    QList<DemurrageRate> rates; // any order

    DemurrageRate on(QDate day) const
    {
        DemurrageRate best = DemurrageSchedule::defaultRate();
        for (const DemurrageRate &r : rates) {
            if (r.effectiveFrom <= day && (best.effectiveFrom.isNull() || r.effectiveFrom > best.effectiveFrom))
                best = r;
        }
        return best;
    }

    DemurrageCharge charge(std::int64_t balance, QDate first, QDate last) const
    {
        DemurrageCharge out{0, balance};
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const DemurrageRate r = on(day);
            if (out.balanceAfter <= r.exemptMinor)
                continue;
            const auto c = static_cast<std::int64_t>(Int128(out.balanceAfter - r.exemptMinor) * r.ppmPerDay / 1'000'000);
            out.balanceAfter -= c;
            out.total += c;
        }
        return out;
    }
};

} // namespace

class TestDemurrage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneDayFormula_data()
    {
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<qint64>("exempt");
        QTest::addColumn<qint64>("charge");
        QTest::newRow("1000 credits at 0.1%") << qint64(100'000) << qint64(1'000) << qint64(0) << qint64(100);
        QTest::newRow("just under one unit") << qint64(999) << qint64(1'000) << qint64(0) << qint64(0);
        QTest::newRow("exactly one unit") << qint64(1'000) << qint64(1'000) << qint64(0) << qint64(1);
        QTest::newRow("zero balance") << qint64(0) << qint64(1'000) << qint64(0) << qint64(0);
        QTest::newRow("below exemption") << qint64(40'000) << qint64(1'000) << qint64(50'000) << qint64(0);
        QTest::newRow("at exemption") << qint64(50'000) << qint64(1'000) << qint64(50'000) << qint64(0);
        QTest::newRow("negative balance") << qint64(-5'000'000) << qint64(1'000) << qint64(0) << qint64(0);
        // Only the 50,000 above the exemption is charged: 50,000 * 0.001.
        QTest::newRow("above exemption") << qint64(100'000) << qint64(1'000) << qint64(50'000) << qint64(50);
        QTest::newRow("rate zero") << qint64(100'000) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("rate one million takes the excess") << qint64(123'456) << qint64(1'000'000) << qint64(456) << qint64(123'000);
        QTest::newRow("huge balance, whole excess") << kMax << qint64(1'000'000) << qint64(0) << kMax;
        // floor(x * 999,999 / 10^6) = x - ceil(x / 10^6) = 9223372036854775807 - 9223372036855.
        QTest::newRow("huge balance, no overflow") << kMax << qint64(999'999) << qint64(0) << qint64(9'223'362'813'482'738'952);
        QTest::newRow("huge balance, default rate") << kMax << qint64(1'000) << qint64(0) << qint64(9'223'372'036'854'775);
    }

    void oneDayFormula()
    {
        QFETCH(qint64, balance);
        QFETCH(qint64, ppm);
        QFETCH(qint64, exempt);
        QFETCH(qint64, charge);
        QCOMPARE(dailyCharge(balance, rate(QDate(2026, 1, 1), ppm, exempt)), charge);
        // One day through chargeDays is the same formula.
        DemurrageSchedule schedule;
        QVERIFY(schedule.add(rate(QDate(2026, 1, 1), ppm, exempt)).ok());
        const DemurrageCharge once = chargeDays(balance, QDate(2026, 3, 1), QDate(2026, 3, 1), schedule);
        QCOMPARE(once.total, charge);
        QCOMPARE(once.balanceAfter, balance - charge);
    }

    void threeDaysByHand()
    {
        // b = 1,000,000 minor (10,000 credits), r = 1000 ppm, no exemption:
        //   day 1: floor(1,000,000 * 0.001) = 1000 -> 999,000
        //   day 2: floor(  999,000 * 0.001) =  999 -> 998,001
        //   day 3: floor(  998,001 * 0.001) =  998 -> 997,003
        //   total 1000 + 999 + 998 = 2,997
        const DemurrageSchedule schedule;
        const DemurrageCharge c = chargeDays(1'000'000, QDate(2026, 5, 1), QDate(2026, 5, 3), schedule);
        QCOMPARE(c.total, 2'997);
        QCOMPARE(c.balanceAfter, 997'003);
        // Realized lazily in pieces, the entries add up to the same.
        const DemurrageCharge first = chargeDays(1'000'000, QDate(2026, 5, 1), QDate(2026, 5, 1), schedule);
        const DemurrageCharge rest = chargeDays(first.balanceAfter, QDate(2026, 5, 2), QDate(2026, 5, 3), schedule);
        QCOMPARE(first.total, 1'000);
        QCOMPARE(first.total + rest.total, 2'997);
        QCOMPARE(rest.balanceAfter, 997'003);
    }

    void emptyRangeChargesNothing()
    {
        const DemurrageSchedule schedule;
        const DemurrageCharge c = chargeDays(1'000'000, QDate(2026, 5, 2), QDate(2026, 5, 1), schedule);
        QCOMPARE(c.total, 0);
        QCOMPARE(c.balanceAfter, 1'000'000);
        QCOMPARE(chargeDays(1'000'000, QDate(), QDate(2026, 5, 1), schedule).total, 0);
    }

    void rateChangeInsideRange()
    {
        DemurrageSchedule schedule;
        QVERIFY(schedule.add(rate(QDate(2026, 3, 10), 2'000)).ok());
        // 8th, 9th at the default 1000 ppm; 10th, 11th, 12th at 2000 ppm:
        //   1,000,000 -1000-> 999,000 -999-> 998,001
        //   -floor(1996.002)=1996-> 996,005 -floor(1992.01)=1992-> 994,013 -floor(1988.026)=1988-> 992,025
        const DemurrageCharge c = chargeDays(1'000'000, QDate(2026, 3, 8), QDate(2026, 3, 12), schedule);
        QCOMPARE(c.total, 1'000 + 999 + 1'996 + 1'992 + 1'988);
        QCOMPARE(c.balanceAfter, 992'025);
    }

    void rangeBeforeFirstExplicitRateUsesDefault()
    {
        DemurrageSchedule schedule;
        QVERIFY(schedule.add(rate(QDate(2030, 1, 1), 5'000, 0)).ok());
        QCOMPARE(schedule.rateOn(QDate(2029, 12, 31)), DemurrageSchedule::defaultRate());
        QCOMPARE(schedule.rateOn(QDate(2029, 12, 31)).ppmPerDay, 1'000);
        QVERIFY(schedule.rateOn(QDate(2029, 12, 31)).effectiveFrom.isNull());
        QCOMPARE(schedule.rateOn(QDate(2030, 1, 1)).ppmPerDay, 5'000);
        QCOMPARE(schedule.rateOn(QDate(2099, 1, 1)).ppmPerDay, 5'000);
        // Dec 30 and 31 at 1000 ppm, Jan 1 at 5000 ppm:
        //   1,000,000 -1000-> 999,000 -999-> 998,001 -floor(4990.005)=4990-> 993,011
        const DemurrageCharge c = chargeDays(1'000'000, QDate(2029, 12, 30), QDate(2030, 1, 1), schedule);
        QCOMPARE(c.total, 6'989);
        QCOMPARE(c.balanceAfter, 993'011);
    }

    void exemptionChangesWithTheRate()
    {
        DemurrageSchedule schedule;
        QVERIFY(schedule.add(rate(QDate(2026, 1, 1), 1'000, 50'000)).ok());
        QVERIFY(schedule.add(rate(QDate(2026, 1, 3), 1'000, 0)).ok());
        // 100,000 with 50,000 exempt: 50 -> 99,950; 49 (floor(49.95)) -> 99,901;
        // then no exemption: floor(99.901) = 99 -> 99,802.
        const DemurrageCharge c = chargeDays(100'000, QDate(2026, 1, 1), QDate(2026, 1, 3), schedule);
        QCOMPARE(c.total, 50 + 49 + 99);
        QCOMPARE(c.balanceAfter, 99'802);
    }

    void leapDaysAndYearBoundariesCount()
    {
        const DemurrageSchedule schedule;
        // Feb 28, Feb 29, Mar 1 of 2028 are three days: the hand-checked 2,997.
        QCOMPARE(chargeDays(1'000'000, QDate(2028, 2, 28), QDate(2028, 3, 1), schedule).total, 2'997);
        QCOMPARE(chargeDays(1'000'000, QDate(2027, 12, 31), QDate(2028, 1, 2), schedule).total, 2'997);
        // An excess of 1,400 pays exactly 1 a day for the next 401 days, so the
        // total counts the days: 366 in 2028, 365 in 2027.
        QCOMPARE(chargeDays(1'400, QDate(2028, 1, 1), QDate(2028, 12, 31), schedule).total, 366);
        QCOMPARE(chargeDays(1'400, QDate(2027, 1, 1), QDate(2027, 12, 31), schedule).total, 365);
        QCOMPARE(chargeDays(1'400, QDate(2028, 2, 29), QDate(2028, 2, 29), schedule).total, 1);
    }

    void decaysToTheLastUnchargedExcess()
    {
        // Over centuries the excess settles at the largest amount whose charge
        // rounds to zero: 999 at 1000 ppm. The idle centuries cost nothing.
        DemurrageSchedule schedule;
        QVERIFY(schedule.add(rate(QDate(1900, 1, 1), 1'000, 50'000)).ok());
        const DemurrageCharge c = chargeDays(kMax, QDate(1900, 1, 1), QDate(9999, 12, 31), schedule);
        QCOMPARE(c.balanceAfter, 50'000 + 999);
        QCOMPARE(c.total, kMax - 50'999);
    }

    void matchesDayByDayReference()
    {
        QRandomGenerator rng(20260401);
        const QDate origin(2020, 1, 1);
        const int cases = 4000;
        for (int i = 0; i < cases; ++i) {
            Reference ref;
            DemurrageSchedule schedule;
            const int changes = rng.bounded(7);
            for (int k = 0; k < changes; ++k) {
                const QDate from = origin.addDays(rng.bounded(-3 * 365, 23 * 365));
                std::int64_t ppm = 0;
                switch (rng.bounded(6)) {
                case 0: ppm = 0; break;
                case 1: ppm = 1'000; break;
                case 2: ppm = 1'000'000; break;
                case 3: ppm = rng.bounded(1, 20); break;
                case 4: ppm = rng.bounded(0, 5'001); break;
                default: ppm = rng.bounded(0, 1'000'001); break;
                }
                std::int64_t exempt = 0;
                switch (rng.bounded(4)) {
                case 0: exempt = rng.bounded(0, 1'000'001); break;
                case 1: exempt = static_cast<std::int64_t>(rng.bounded(1'000'000'000'000.0)); break;
                default: break;
                }
                const DemurrageRate r = rate(from, ppm, exempt);
                const bool duplicate = schedule.rateOn(from).effectiveFrom == from;
                QCOMPARE(schedule.add(r).ok(), !duplicate);
                if (!duplicate)
                    ref.rates.append(r);
            }

            std::int64_t balance = 0;
            switch (rng.bounded(5)) {
            case 0: balance = static_cast<std::int64_t>(rng.bounded(1'000'000'000'001.0)); break;
            case 1: balance = static_cast<std::int64_t>(std::pow(10.0, rng.bounded(12.0))); break; // every magnitude
            case 2: balance = rng.bounded(0, 3'000); break;
            case 3: balance = -static_cast<std::int64_t>(rng.bounded(1'000'000.0)); break;
            default: balance = kMax - rng.bounded(0, 1'000'000); break;
            }
            const QDate first = origin.addDays(rng.bounded(-2 * 365, 5 * 365));
            const QDate last = first.addDays(rng.bounded(-2, 20 * 366));

            const DemurrageCharge expected = ref.charge(balance, first, last);
            const DemurrageCharge actual = chargeDays(balance, first, last, schedule);
            const QByteArray what = QStringLiteral("case %1: balance %2, %3..%4, %5 rates")
                                        .arg(i)
                                        .arg(balance)
                                        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                                        .arg(changes)
                                        .toUtf8();
            QVERIFY2(actual.total == expected.total, what.constData());
            QVERIFY2(actual.balanceAfter == expected.balanceAfter, what.constData());
            QCOMPARE(actual.total, balance - actual.balanceAfter);

            // Lazy realization: cut anywhere, the two entries sum to the whole.
            if (last >= first) {
                const QDate cut = first.addDays(rng.bounded(int(first.daysTo(last)) + 1));
                const DemurrageCharge a = chargeDays(balance, first, cut.addDays(-1), schedule);
                const DemurrageCharge b = chargeDays(a.balanceAfter, cut, last, schedule);
                QVERIFY2(a.total + b.total == expected.total, what.constData());
                QVERIFY2(b.balanceAfter == expected.balanceAfter, what.constData());
            }
        }
    }

    void scheduleStaysSorted()
    {
        DemurrageSchedule schedule;
        QVERIFY(schedule.rates().isEmpty());
        QCOMPARE(schedule.rateOn(QDate(1, 1, 1)), DemurrageSchedule::defaultRate());
        QCOMPARE(schedule.rateOn(QDate()), DemurrageSchedule::defaultRate());
        QVERIFY(schedule.add(rate(QDate(2030, 1, 1), 3)).ok());
        QVERIFY(schedule.add(rate(QDate(2026, 1, 1), 1)).ok());
        QVERIFY(schedule.add(rate(QDate(2028, 1, 1), 2)).ok());
        const QList<DemurrageRate> rates = schedule.rates();
        QCOMPARE(rates.size(), 3);
        QCOMPARE(rates.at(0).ppmPerDay, 1);
        QCOMPARE(rates.at(1).ppmPerDay, 2);
        QCOMPARE(rates.at(2).ppmPerDay, 3);
        QCOMPARE(schedule.rateOn(QDate(2027, 12, 31)).ppmPerDay, 1);
        QCOMPARE(schedule.rateOn(QDate(2028, 1, 1)).ppmPerDay, 2);
    }

    void scheduleRefusesBadRates_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<qint64>("exempt");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no date") << QDate() << qint64(1'000) << qint64(0) << QStringLiteral("date");
        QTest::newRow("negative rate") << QDate(2027, 1, 1) << qint64(-1) << qint64(0) << QStringLiteral("-1");
        QTest::newRow("rate above one million") << QDate(2027, 1, 1) << qint64(1'000'001) << qint64(0) << QStringLiteral("1000001");
        QTest::newRow("negative exemption") << QDate(2027, 1, 1) << qint64(1'000) << qint64(-1) << QStringLiteral("exemption");
        QTest::newRow("same date twice") << QDate(2026, 6, 1) << qint64(2'000) << qint64(0) << QStringLiteral("2026-06-01");
    }

    void scheduleRefusesBadRates()
    {
        QFETCH(QDate, from);
        QFETCH(qint64, ppm);
        QFETCH(qint64, exempt);
        QFETCH(QString, mentions);
        DemurrageSchedule schedule;
        QVERIFY(schedule.add(rate(QDate(2026, 6, 1), 1'000)).ok());
        const Status status = schedule.add(rate(from, ppm, exempt));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(status.error().message.contains(mentions), qPrintable(status.error().message));
        QCOMPARE(schedule.rates().size(), 1);
        // The limits themselves are allowed.
        QVERIFY(schedule.add(rate(QDate(2027, 1, 1), 0, 0)).ok());
        QVERIFY(schedule.add(rate(QDate(2028, 1, 1), 1'000'000, kMax)).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemurrage)
#include "tst_demurrage.moc"
