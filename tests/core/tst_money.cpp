// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/money.h"

#include <QRandomGenerator>
#include <QTest>
#include <QVariant>

#include <array>
#include <limits>

using namespace mycelium;

namespace mycelium {
// Lets QCOMPARE print amounts when they differ.
char *toString(const Money &money)
{
    return QTest::toString(money.toPlainString());
}
} // namespace mycelium

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// Compile-time guarantees of the value type.
static_assert(Money().isZero());
static_assert(Money::fromMinor(-5).isNegative() && Money::fromMinor(5).isPositive());
static_assert(Money::fromMinor(1) < Money::fromMinor(2));
static_assert(Money::fromMinor(7) == Money::fromMinor(7));
static_assert(Money::minimum().minor() == kMin && Money::maximum().minor() == kMax);
static_assert(std::is_trivially_copyable_v<Money> && sizeof(Money) == 8);
static_assert(Money::kDecimals == 2 && Money::kMinorPerCredit == 100);

// Locales whose output parse() must read back. Beyond the four of the brief:
// hi_IN and bn_BD group 12,34,567 (bn_BD in Bengali digits), es_ES leaves
// 4-digit numbers ungrouped, sv_SE writes U+2212 for minus, ar_EG uses
// Arabic-Indic digits and separators, and C does not group at all.
const QStringList &testedLocales()
{
    static const QStringList names{
        QStringLiteral("en_US"), QStringLiteral("de_DE"), QStringLiteral("fr_FR"), QStringLiteral("de_CH"),
        QStringLiteral("hi_IN"), QStringLiteral("bn_BD"), QStringLiteral("es_ES"), QStringLiteral("sv_SE"),
        QStringLiteral("ar_EG"), QStringLiteral("C"),
    };
    return names;
}

QLocale ungrouped(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basics()
    {
        QCOMPARE(Money().minor(), 0);
        QCOMPARE(Money::fromMinor(-123450).minor(), -123450);
        QVERIFY(Money::fromMinor(-1) < Money());
        QVERIFY(Money::fromMinor(0) == Money());
        QVERIFY(Money::fromMinor(1) != Money());
        QVERIFY((Money::minimum() <=> Money::maximum()) == std::strong_ordering::less);
        const QVariant variant = QVariant::fromValue(Money::fromMinor(4050));
        QCOMPARE(variant.value<Money>(), Money::fromMinor(4050));
    }

    void fromCredits()
    {
        QCOMPARE(Money::fromCredits(40).value(), Money::fromMinor(4000));
        QCOMPARE(Money::fromCredits(-3).value(), Money::fromMinor(-300));
        QCOMPARE(Money::fromCredits(kMax / 100).value(), Money::fromMinor(kMax / 100 * 100));
        QCOMPARE(Money::fromCredits(kMin / 100).value(), Money::fromMinor(kMin / 100 * 100));
        for (const std::int64_t credits : {kMax / 100 + 1, kMin / 100 - 1, kMax, kMin}) {
            auto money = Money::fromCredits(credits);
            QVERIFY(!money);
            QCOMPARE(money.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(money.error().message.contains(QStringLiteral("too large")), qPrintable(money.error().message));
        }
    }

    void arithmetic()
    {
        const Money a = Money::fromMinor(1250);
        const Money b = Money::fromMinor(-300);
        QCOMPARE(a.plus(b).value(), Money::fromMinor(950));
        QCOMPARE(a.minus(b).value(), Money::fromMinor(1550));
        QCOMPARE(b.negated().value(), Money::fromMinor(300));
        QCOMPARE(b.abs().value(), Money::fromMinor(300));
        QCOMPARE(a.abs().value(), a);
        QCOMPARE(Money().negated().value(), Money());
        QCOMPARE(a.times(-3).value(), Money::fromMinor(-3750));
        QCOMPARE(a.times(0).value(), Money());
        const std::array amounts{a, b, Money::fromMinor(50)};
        QCOMPARE(Money::sum(amounts).value(), Money::fromMinor(1000));
        QCOMPARE(Money::sum({}).value(), Money());
    }

    void arithmeticAtTheEdges()
    {
        const Money one = Money::fromMinor(1);
        const Money max = Money::maximum();
        const Money min = Money::minimum();
        // Right at the edge still works.
        QCOMPARE(max.minus(one).value().plus(one).value(), max);
        QCOMPARE(min.plus(one).value().minus(one).value(), min);
        QCOMPARE(max.negated().value(), Money::fromMinor(kMin + 1));
        QCOMPARE(max.abs().value(), max);
        QCOMPARE(min.plus(max).value(), Money::fromMinor(-1));
        QCOMPARE(min.times(1).value(), min);
        QCOMPARE(max.times(-1).value(), Money::fromMinor(-kMax));
        QCOMPARE(Money::fromMinor(-1).times(kMax).value(), Money::fromMinor(-kMax));
        // One step beyond fails instead of wrapping.
        const std::array overflows{
            max.plus(one), min.minus(one), min.plus(Money::fromMinor(-1)), max.minus(Money::fromMinor(-1)),
            min.negated(), min.abs(), min.times(-1), max.times(2), min.times(2), Money::fromMinor(-1).times(kMin),
            Money::fromMinor(2).times(kMax / 2 + 1), Money::sum(std::array{max, one}), Money::sum(std::array{min, Money::fromMinor(-1)}),
        };
        for (const auto &result : overflows) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(result.error().message.contains(QStringLiteral("too large")), qPrintable(result.error().message));
        }
        // Every step of a sum is checked, so the order matters; this one stays
        // in range throughout.
        QCOMPARE(Money::sum(std::array{max, min, one}).value(), Money());
    }

    void toPlainString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one minor") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("minus one minor") << qint64(-1) << QStringLiteral("-0.01");
        QTest::newRow("ten minor") << qint64(10) << QStringLiteral("0.10");
        QTest::newRow("minus 99") << qint64(-99) << QStringLiteral("-0.99");
        QTest::newRow("one credit") << qint64(100) << QStringLiteral("1.00");
        QTest::newRow("minus one credit") << qint64(-100) << QStringLiteral("-1.00");
        QTest::newRow("forty") << qint64(4000) << QStringLiteral("40.00");
        QTest::newRow("no grouping") << qint64(-123450) << QStringLiteral("-1234.50");
        QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1234567.89");
        QTest::newRow("max") << kMax << QStringLiteral("92233720368547758.07");
        QTest::newRow("min") << kMin << QStringLiteral("-92233720368547758.08");
        QTest::newRow("min + 1") << kMin + 1 << QStringLiteral("-92233720368547758.07");
    }

    void toPlainString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        const Money money = Money::fromMinor(minor);
        QCOMPARE(money.toPlainString(), text);
        QCOMPARE(Money::parsePlain(text).value(), money);
    }

    void parsePlain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("message"); // part of the error message

        const auto valid = [](const char *name, const QString &text, qint64 minor) {
            QTest::newRow(name) << text << true << minor << QString();
        };
        valid("integer", QStringLiteral("40"), 4000);
        valid("one decimal", QStringLiteral("40.5"), 4050);
        valid("two decimals", QStringLiteral("40.50"), 4050);
        valid("negative cent", QStringLiteral("-0.01"), -1);
        valid("zero", QStringLiteral("0"), 0);
        valid("zero decimals", QStringLiteral("0.00"), 0);
        valid("negative zero", QStringLiteral("-0"), 0);
        valid("leading zeros", QStringLiteral("007"), 700);
        valid("negative", QStringLiteral("-1234.50"), -123450);
        valid("max", QStringLiteral("92233720368547758.07"), kMax);
        // INT64_MIN is representable and accepted: every value round-trips.
        valid("min", QStringLiteral("-92233720368547758.08"), kMin);
        valid("many leading zeros", QString(40, u'0') + QStringLiteral("1.25"), 125);

        const QString notAnAmount = QStringLiteral("is not an amount: use digits with an optional '.' and up to 2 decimals, like 12.50");
        const auto invalid = [&](const char *name, const QString &text, const QString &message = QString()) {
            QTest::newRow(name) << text << false << qint64(0)
                                << (message.isNull() ? u'\'' + text + QStringLiteral("' ") + notAnAmount : message);
        };
        invalid("empty", QString(), QStringLiteral("The amount is empty"));
        invalid("sign only", QStringLiteral("-"));
        invalid("no integer part", QStringLiteral(".5"));
        invalid("trailing point", QStringLiteral("5."));
        invalid("three decimals", QStringLiteral("5.123"), QStringLiteral("'5.123' has too many decimals: an amount has at most 2 decimal places"));
        invalid("many decimals", QStringLiteral("5.10000"), QStringLiteral("at most 2 decimal places"));
        invalid("plus", QStringLiteral("+5"));
        invalid("exponent", QStringLiteral("1e3"));
        invalid("leading space", QStringLiteral(" 5"));
        invalid("trailing space", QStringLiteral("5 "));
        invalid("comma", QStringLiteral("12,5"), QStringLiteral("'12,5' is not an amount: use digits with an optional '.' and up to 2 decimals, like 12.50."));
        invalid("grouping", QStringLiteral("1,234.00"));
        invalid("double sign", QStringLiteral("--5"));
        invalid("trailing sign", QStringLiteral("5-"));
        invalid("two points", QStringLiteral("5.1.2"));
        invalid("hex", QStringLiteral("0x10"));
        invalid("unicode minus", QStringLiteral("\u22125"));
        invalid("arabic digits", QStringLiteral("\u0661\u0662"));
        invalid("letters", QStringLiteral("ten"));
        invalid("max + 1", QStringLiteral("92233720368547758.08"), QStringLiteral("The amount '92233720368547758.08' is too large"));
        invalid("min - 1", QStringLiteral("-92233720368547758.09"), QStringLiteral("too large"));
        invalid("huge", QStringLiteral("99999999999999999999999999"), QStringLiteral("too large"));
        invalid("huge and malformed", QStringLiteral("99999999999999999999999999x"));
        invalid("long text is cut", QString(100, u'x'), QStringLiteral("'") + QString(39, u'x') + QStringLiteral("\u2026' is not"));
    }

    void parsePlain()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        QFETCH(QString, message);
        const auto money = Money::parsePlain(text);
        QCOMPARE(money.ok(), valid);
        if (valid) {
            QCOMPARE(money.value(), Money::fromMinor(minor));
        } else {
            QCOMPARE(money.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(money.error().message.contains(message), qPrintable(money.error().message));
        }
    }

    void toLocaleString_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        // fr_FR groups with U+202F and de_CH with U+2019 in Qt 6.4's CLDR;
        // ask QLocale rather than pin the CLDR version.
        const QString fr = QLocale(QStringLiteral("fr_FR")).groupSeparator();
        const QString ch = QLocale(QStringLiteral("de_CH")).groupSeparator();
        QTest::newRow("en_US") << QStringLiteral("en_US") << qint64(123450) << QStringLiteral("1,234.50");
        QTest::newRow("en_US small") << QStringLiteral("en_US") << qint64(5) << QStringLiteral("0.05");
        QTest::newRow("en_US negative") << QStringLiteral("en_US") << qint64(-50) << QStringLiteral("-0.50");
        QTest::newRow("en_US whole") << QStringLiteral("en_US") << qint64(4000) << QStringLiteral("40.00");
        QTest::newRow("en_US min") << QStringLiteral("en_US") << kMin << QStringLiteral("-92,233,720,368,547,758.08");
        QTest::newRow("en_US max") << QStringLiteral("en_US") << kMax << QStringLiteral("92,233,720,368,547,758.07");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << qint64(123450) << QStringLiteral("1.234,50");
        QTest::newRow("de_DE negative") << QStringLiteral("de_DE") << qint64(-123456789) << QStringLiteral("-1.234.567,89");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << qint64(123450) << QStringLiteral("1") + fr + QStringLiteral("234,50");
        QTest::newRow("de_CH") << QStringLiteral("de_CH") << qint64(-123450) << QStringLiteral("-1") + ch + QStringLiteral("234.50");
        // Qt groups Indian style: 3 digits, then 2s.
        QTest::newRow("hi_IN") << QStringLiteral("hi_IN") << qint64(123456700) << QStringLiteral("12,34,567.00");
        QTest::newRow("hi_IN crore") << QStringLiteral("hi_IN") << qint64(1234567890) << QStringLiteral("1,23,45,678.90");
        QTest::newRow("hi_IN thousand") << QStringLiteral("hi_IN") << qint64(123450) << QStringLiteral("1,234.50");
        // CLDR's minimum grouping digits: es_ES leaves 4-digit numbers alone.
        QTest::newRow("es_ES 4 digits") << QStringLiteral("es_ES") << qint64(123450) << QStringLiteral("1234,50");
        QTest::newRow("es_ES 5 digits") << QStringLiteral("es_ES") << qint64(1234500) << QStringLiteral("12.345,00");
        QTest::newRow("sv_SE") << QStringLiteral("sv_SE") << qint64(-123450) << QStringLiteral("\u22121\u00a0234,50");
        QTest::newRow("ar_EG") << QStringLiteral("ar_EG") << qint64(123405)
                               << QStringLiteral("\u0661\u066c\u0662\u0663\u0664\u066b\u0660\u0665");
        QTest::newRow("C") << QStringLiteral("C") << qint64(-123450) << QStringLiteral("-1234.50");
    }

    void toLocaleString()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        const QLocale l(locale);
        QCOMPARE(Money::fromMinor(minor).toString(l), text);
        QCOMPARE(Money::parse(text, l).value(), Money::fromMinor(minor));
    }

    void defaultLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(Money::fromMinor(123450).toString(), QStringLiteral("1.234,50"));
        QCOMPARE(Money::parse(u"1.234,5").value(), Money::fromMinor(123450));
        QLocale::setDefault(saved);
    }

    void parseLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("message");

        const auto valid = [](const char *name, const char *locale, const QString &text, qint64 minor) {
            QTest::newRow(name) << QString::fromLatin1(locale) << text << true << minor << QString();
        };
        const auto invalid = [](const char *name, const char *locale, const QString &text, const QString &message) {
            QTest::newRow(name) << QString::fromLatin1(locale) << text << false << qint64(0) << message;
        };

        valid("en grouped", "en_US", QStringLiteral("1,234.50"), 123450);
        valid("en ungrouped", "en_US", QStringLiteral("1234.5"), 123450);
        valid("en millions", "en_US", QStringLiteral("1,234,567.89"), 123456789);
        valid("en whitespace trimmed", "en_US", QStringLiteral("  -1,234.56\t\n"), -123456);
        valid("en unicode minus", "en_US", QStringLiteral("\u22125"), -500);
        valid("en integer", "en_US", QStringLiteral("40"), 4000);
        valid("en leading zeros ungrouped", "en_US", QStringLiteral("007.5"), 750);
        valid("en max", "en_US", QStringLiteral("92,233,720,368,547,758.07"), kMax);
        valid("en min", "en_US", QStringLiteral("-92,233,720,368,547,758.08"), kMin);
        invalid("en empty", "en_US", QString(), QStringLiteral("Enter an amount."));
        invalid("en blank", "en_US", QStringLiteral(" \t "), QStringLiteral("Enter an amount."));
        invalid("en short group", "en_US", QStringLiteral("12,34"),
                QStringLiteral("'12,34' is not an amount: group the digits like 12,345,678.90, or leave them ungrouped like 12345678.90."));
        invalid("en long group", "en_US", QStringLiteral("1,2345"), QStringLiteral("'1,2345' is not an amount"));
        invalid("en long first group", "en_US", QStringLiteral("1234,567"), QStringLiteral("group the digits"));
        invalid("en indian grouping", "en_US", QStringLiteral("1,23,456"), QStringLiteral("group the digits"));
        invalid("en zero then group", "en_US", QStringLiteral("0,500"), QStringLiteral("group the digits"));
        invalid("en leading separator", "en_US", QStringLiteral(",123"), QStringLiteral("is not an amount"));
        invalid("en double separator", "en_US", QStringLiteral("1,,234"), QStringLiteral("is not an amount"));
        invalid("en trailing separator", "en_US", QStringLiteral("1,234,"), QStringLiteral("is not an amount"));
        invalid("en separator before point", "en_US", QStringLiteral("1,234,.5"), QStringLiteral("is not an amount"));
        invalid("en space is no separator", "en_US", QStringLiteral("1 234"),
                QStringLiteral("'1 234' is not an amount: use digits with an optional '.' and up to 2 decimals, like 1,234.50."));
        invalid("en three decimals", "en_US", QStringLiteral("12.345"), QStringLiteral("at most 2 decimal places"));
        invalid("en plus", "en_US", QStringLiteral("+5"), QStringLiteral("'+5' is not an amount"));
        invalid("en trailing point", "en_US", QStringLiteral("5."), QStringLiteral("is not an amount"));
        invalid("en no integer part", "en_US", QStringLiteral(".5"), QStringLiteral("is not an amount"));
        invalid("en sign only", "en_US", QStringLiteral("-"), QStringLiteral("is not an amount"));
        invalid("en sign apart", "en_US", QStringLiteral("- 5"), QStringLiteral("is not an amount"));
        invalid("en exponent", "en_US", QStringLiteral("1e3"), QStringLiteral("is not an amount"));
        invalid("en currency", "en_US", QStringLiteral("$5"), QStringLiteral("is not an amount"));
        invalid("en max + 1", "en_US", QStringLiteral("92,233,720,368,547,758.08"), QStringLiteral("too large"));
        invalid("en min - 1", "en_US", QStringLiteral("-92233720368547758.09"), QStringLiteral("too large"));

        valid("de grouped", "de_DE", QStringLiteral("1.234,50"), 123450);
        valid("de ungrouped", "de_DE", QStringLiteral("1234,5"), 123450);
        valid("de decimal", "de_DE", QStringLiteral("12,5"), 1250);
        valid("de millions", "de_DE", QStringLiteral("1.234.567"), 123456700);
        // '.' groups in German: this is twelve thousand five hundred ...
        valid("de point groups", "de_DE", QStringLiteral("12.500"), 1250000);
        // ... so "12.5" is ambiguous and refused rather than guessed.
        invalid("de point is ambiguous", "de_DE", QStringLiteral("12.5"), QStringLiteral("group the digits like 12.345.678,90"));
        invalid("de plain form", "de_DE", QStringLiteral("12.50"), QStringLiteral("'12.50' is not an amount"));
        invalid("de english grouping", "de_DE", QStringLiteral("1,234.50"), QStringLiteral("is not an amount"));

        const QString fr = QLocale(QStringLiteral("fr_FR")).groupSeparator();
        valid("fr grouped", "fr_FR", QStringLiteral("1") + fr + QStringLiteral("234,50"), 123450);
        valid("fr plain space", "fr_FR", QStringLiteral("1 234 567,5"), 123456750);
        valid("fr no-break space", "fr_FR", QStringLiteral("1\u00a0234,50"), 123450);
        valid("fr thin space", "fr_FR", QStringLiteral("1\u2009234,50"), 123450);
        valid("fr point as decimal", "fr_FR", QStringLiteral("12.5"), 1250);
        valid("fr point two decimals", "fr_FR", QStringLiteral("-12.05"), -1205);
        invalid("fr point with groups", "fr_FR", QStringLiteral("1 234.5"), QStringLiteral("'1 234.5' is not an amount"));
        invalid("fr point three decimals", "fr_FR", QStringLiteral("12.345"), QStringLiteral("at most 2 decimal places"));
        invalid("fr two points", "fr_FR", QStringLiteral("1.2.3"), QStringLiteral("is not an amount"));
        invalid("fr bad group", "fr_FR", QStringLiteral("12 34,5"), QStringLiteral("group the digits"));

        const QString ch = QLocale(QStringLiteral("de_CH")).groupSeparator();
        valid("ch grouped", "de_CH", QStringLiteral("1") + ch + QStringLiteral("234.50"), 123450);
        valid("ch apostrophe", "de_CH", QStringLiteral("1'234'567.50"), 123456750);
        valid("ch right quote", "de_CH", QStringLiteral("1\u2019234.50"), 123450);
        valid("ch ungrouped", "de_CH", QStringLiteral("1234.5"), 123450);
        invalid("ch comma", "de_CH", QStringLiteral("1234,50"), QStringLiteral("is not an amount"));

        valid("hi lakh", "hi_IN", QStringLiteral("12,34,567.00"), 123456700);
        valid("hi crore", "hi_IN", QStringLiteral("1,23,45,678.9"), 1234567890);
        valid("hi thousand", "hi_IN", QStringLiteral("12,345"), 1234500);
        valid("hi ungrouped", "hi_IN", QStringLiteral("1234567"), 123456700);
        invalid("hi western grouping", "hi_IN", QStringLiteral("1,234,567"), QStringLiteral("group the digits like 1,23,45,678.90"));
        invalid("hi western thousands", "hi_IN", QStringLiteral("123,456"), QStringLiteral("group the digits"));

        // Grouping a number es_ES would print ungrouped is harmless: '.' is
        // not its decimal point.
        valid("es grouped 4 digits", "es_ES", QStringLiteral("1.234,5"), 123450);
        valid("es ungrouped", "es_ES", QStringLiteral("1234,5"), 123450);
        valid("es regular grouping", "es_ES", QStringLiteral("1.234.567"), 123456700);
        // Qt 6.4 writes 1234567 as "1234.567" in es_ES (it misreads CLDR's
        // minimum grouping digits); what it writes must read back.
        valid("es as Qt 6.4 writes it", "es_ES", QStringLiteral("1234.567"), 123456700);
        invalid("es long top group", "es_ES", QStringLiteral("12345.678"), QStringLiteral("group the digits"));
        invalid("es point ambiguous", "es_ES", QStringLiteral("1.5"), QStringLiteral("group the digits"));

        valid("sv minus", "sv_SE", QStringLiteral("\u22121 234,5"), -123450);
        valid("sv hyphen", "sv_SE", QStringLiteral("-1234,5"), -123450);

        valid("ar native digits", "ar_EG", QStringLiteral("\u0661\u066c\u0662\u0663\u0664\u066b\u0665"), 123450);
        valid("ar ascii digits", "ar_EG", QStringLiteral("1234.5"), 123450);

        valid("C ungrouped", "C", QStringLiteral("-1234.50"), -123450);
        valid("C grouped", "C", QStringLiteral("1,234.50"), 123450);
    }

    void parseLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        QFETCH(QString, message);
        const auto money = Money::parse(text, QLocale(locale));
        QVERIFY2(money.ok() == valid, qPrintable(money.ok() ? money->toPlainString() : money.error().message));
        if (valid) {
            QCOMPARE(money.value(), Money::fromMinor(minor));
        } else {
            QCOMPARE(money.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(money.error().message.contains(message), qPrintable(money.error().message));
        }
    }

    void rejectGroupSeparatorOption()
    {
        QLocale strict(QStringLiteral("en_US"));
        strict.setNumberOptions(QLocale::RejectGroupSeparator);
        QVERIFY(!Money::parse(u"1,234.50", strict));
        QCOMPARE(Money::parse(u"1234.50", strict).value(), Money::fromMinor(123450));
    }

    // parsePlain(toPlainString(x)) == x and parse(toString(x, l), l) == x,
    // grouped and ungrouped, for random values of every magnitude.
    void roundTripProperty()
    {
        QRandomGenerator random(20260101);
        QList<QLocale> locales;
        for (const QString &name : testedLocales())
            locales.append(QLocale(name));
        QList<QLocale> plainLocales;
        for (const QLocale &locale : locales)
            plainLocales.append(ungrouped(locale));

        QList<std::int64_t> values{0, 1, -1, 99, -99, 100, -100, kMax, kMin, kMax - 1, kMin + 1};
        for (int i = 0; i < 100'000; ++i) {
            // Shift by a random amount so that small values are as common as
            // the 19-digit ones a uniform draw would give.
            values.append(std::int64_t(random.generate64()) >> random.bounded(64));
        }
        for (const std::int64_t minor : values) {
            const Money money = Money::fromMinor(minor);
            const QString plain = money.toPlainString();
            const auto fromPlain = Money::parsePlain(plain);
            if (!fromPlain || *fromPlain != money)
                QFAIL(qPrintable(QStringLiteral("parsePlain(%1) != %2").arg(plain).arg(minor)));
            for (qsizetype l = 0; l < locales.size(); ++l) {
                for (const QLocale &format : {locales[l], plainLocales[l]}) {
                    const QString text = money.toString(format);
                    const auto parsed = Money::parse(text, locales[l]);
                    if (!parsed || *parsed != money)
                        QFAIL(qPrintable(QStringLiteral("%1: parse('%2') != %3: %4")
                                             .arg(locales[l].name(), text)
                                             .arg(minor)
                                             .arg(parsed ? parsed->toPlainString() : parsed.error().message)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
