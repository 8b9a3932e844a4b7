#include "queue/QueueIndex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside;
using namespace deskside::ui;

namespace {

QList<sync::QueueRow> rows()
{
    sync::QueueRow first;
    first.id = 4711;
    first.subject = u"Straße gesperrt: ÉCRAN noir"_s;
    first.requesterName = u"Jürgen Müller"_s;
    first.requesterEmail = u"jm@example.com"_s;
    first.assignee = u"Zoë"_s;
    sync::QueueRow second;
    second.id = 12;
    second.subject = u"Emoji 😀 in the SUBJECT"_s;
    second.requesterEmail = u"Only.Mail@Example.com"_s;
    return {first, second};
}

} // namespace

class TestQueueIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsFoldedText_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("inFirst");
        QTest::addColumn<bool>("inSecond");
        QTest::addRow("accented, upper case") << u"MÜLLER"_s << true << false;
        QTest::addRow("accented, lower case") << u"écran"_s << true << false;
        QTest::addRow("assignee") << u"zoË"_s << true << false;
        QTest::addRow("ascii across words") << u"the subj"_s << false << true;
        QTest::addRow("outside the BMP") << u"😀 IN"_s << false << true;
        QTest::addRow("id") << u"471"_s << true << false;
        QTest::addRow("id with hash") << u"#12"_s << false << true;
        QTest::addRow("hash alone is text") << u"#"_s << false << false;
        QTest::addRow("e-mail") << u"only.mail@"_s << false << true;
        QTest::addRow("no match across fields") << u"noir jürgen"_s << false << false;
        QTest::addRow("trimmed") << u"  müller "_s << true << false;
        QTest::addRow("ss is not sharp s (simple folding)") << u"strasse"_s << false << false;
        QTest::addRow("sharp s") << u"STRAßE"_s << true << false;
    }
    void findsFoldedText()
    {
        QFETCH(QString, needle);
        QFETCH(bool, inFirst);
        QFETCH(bool, inSecond);
        const QList<sync::QueueRow> list = rows();
        QueueIndex index;
        index.ensureBuilt(list);
        const std::string folded = QueueIndex::foldNeedle(needle);
        QCOMPARE(index.contains(0, folded), inFirst);
        QCOMPARE(index.contains(1, folded), inSecond);
    }

    void sortTextIsFolded()
    {
        const QList<sync::QueueRow> list = rows();
        QueueIndex index;
        index.ensureBuilt(list);
        index.ensureBuilt(list); // once only
        QCOMPARE(index.sortText(0, QueueColumn::Requester), std::string_view("jürgen müller"));
        QCOMPARE(index.sortText(1, QueueColumn::Requester),
                 std::string_view("only.mail@example.com")); // no name: the address
        QCOMPARE(index.sortText(0, QueueColumn::Assignee), std::string_view("zoë"));
        QCOMPARE(index.sortText(1, QueueColumn::Assignee), std::string_view());
        QCOMPARE(index.sortText(1, QueueColumn::Subject),
                 std::string_view("emoji 😀 in the subject"));
    }
};

QTEST_GUILESS_MAIN(TestQueueIndex)
#include "tst_queueindex.moc"
