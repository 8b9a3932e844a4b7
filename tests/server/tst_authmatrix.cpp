#include "AccessWorld.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace deskside::server;

namespace {

// Expected statuses, in allCallers() order: anonymous, customer-owner, customer-other,
// customer-unverified, specialist, manager, admin.
using Expected = std::array<int, 7>;

struct MatrixRow
{
    QString method;
    QString pattern;
    QString variant;                 // empty: the route's sample body
    std::optional<QJsonObject> body; // overrides the sample body
    Expected expected;
};

const QList<MatrixRow> &matrixRows()
{
    static const QList<MatrixRow> rows{
        {u"POST"_s, u"/api/v1/session"_s, {}, {}, {201, 201, 201, 201, 201, 201, 201}},
        {u"DELETE"_s, u"/api/v1/session"_s, {}, {}, {401, 204, 204, 204, 204, 204, 204}},
        {u"GET"_s, u"/api/v1/me"_s, {}, {}, {401, 200, 200, 200, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/signup"_s, {}, {}, {201, 201, 201, 201, 201, 201, 201}},
        // Only the unverified customer has a code waiting; for everyone else it is wrong.
        {u"POST"_s, u"/api/v1/signup/verify"_s, {}, {}, {401, 422, 422, 200, 422, 422, 422}},
        {u"POST"_s, u"/api/v1/public/tickets"_s, {}, {}, {201, 201, 201, 201, 201, 201, 201}},
        {u"GET"_s, u"/api/v1/tickets"_s, {}, {}, {401, 200, 200, 200, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/tickets"_s, {}, {}, {401, 201, 201, 403, 403, 403, 403}},
        {u"GET"_s, u"/api/v1/tickets/{id}"_s, {}, {}, {401, 200, 404, 404, 200, 200, 200}},
        {u"POST"_s,
         u"/api/v1/tickets/{id}/messages"_s,
         {},
         {},
         {401, 200, 404, 404, 200, 200, 200}},
        {u"POST"_s,
         u"/api/v1/tickets/{id}/messages"_s,
         u"internal note"_s,
         QJsonObject{{u"body"_s, u"Between us."_s}, {u"internal"_s, true}},
         {401, 403, 404, 404, 200, 200, 200}},
        {u"POST"_s,
         u"/api/v1/tickets/{id}/priority"_s,
         {},
         {},
         {401, 200, 404, 404, 200, 200, 200}},
        {u"POST"_s,
         u"/api/v1/tickets/{id}/priority"_s,
         u"urgent"_s,
         QJsonObject{{u"priority"_s, u"urgent"_s}, {u"explanation"_s, u"Everything is down."_s}},
         {401, 422, 404, 404, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/tickets/{id}/assign"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/tickets/{id}/status"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/tickets/{id}/tier3"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"GET"_s, u"/api/v1/changes"_s, {}, {}, {401, 200, 200, 200, 200, 200, 200}},
        {u"GET"_s, u"/api/v1/alerts"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"GET"_s, u"/api/v1/alerts/{id}"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"POST"_s,
         u"/api/v1/alerts/{id}/acknowledge"_s,
         {},
         {},
         {401, 403, 403, 403, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/alerts/{id}/resolve"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"POST"_s, u"/api/v1/alerts/{id}/escalate"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"GET"_s, u"/api/v1/schedules"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        {u"PUT"_s, u"/api/v1/schedules/{schedule}"_s, {}, {}, {401, 403, 403, 403, 403, 200, 200}},
        {u"POST"_s,
         u"/api/v1/schedules/{schedule}/overrides"_s,
         {},
         {},
         {401, 403, 403, 403, 403, 201, 201}},
        {u"DELETE"_s,
         u"/api/v1/schedules/{schedule}/overrides/{override_id}"_s,
         {},
         {},
         {401, 403, 403, 403, 403, 204, 204}},
        {u"GET"_s, u"/api/v1/escalation-policies"_s, {}, {}, {401, 403, 403, 403, 200, 200, 200}},
        // Ingestion authenticates the sender itself (signature or integration token): a
        // session token counts for nothing; see tst_snsingest, tst_alertmanager.
        {u"POST"_s,
         u"/api/v1/integrations/sns"_s,
         {},
         QJsonObject{{u"Type"_s, u"Notification"_s}},
         {422, 422, 422, 422, 422, 422, 422}},
        {u"POST"_s,
         u"/api/v1/integrations/alertmanager"_s,
         {},
         QJsonObject{{u"version"_s, u"4"_s}, {u"alerts"_s, QJsonArray{}}},
         {401, 401, 401, 401, 401, 401, 401}},
        {u"POST"_s,
         u"/api/v1/alerts"_s,
         {},
         QJsonObject{{u"key"_s, u"k"_s}, {u"summary"_s, u"Down"_s}},
         {401, 401, 401, 401, 401, 401, 401}},
    };
    return rows;
}

QString routeKey(const QString &method, const QString &pattern)
{
    return method + u' ' + pattern;
}

} // namespace

// Who may call what: every route of the router × every kind of caller, with a valid
// request, against the expected status. Customers never receive an internal note.
class TestAuthMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRouteHasARow()
    {
        ServerFixture fixture;
        QVERIFY(fixture.start());
        QSet<QString> routes;
        for (const Route &route : fixture.server().router().routes()) {
            routes.insert(routeKey(route.method, route.pattern));
        }
        QSet<QString> rows;
        for (const MatrixRow &row : matrixRows()) {
            rows.insert(routeKey(row.method, row.pattern));
        }
        const QSet<QString> missing = QSet<QString>(routes).subtract(rows);
        const QSet<QString> unknown = QSet<QString>(rows).subtract(routes);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"routes without a row in the authorisation matrix: "_s +
                            missing.values().join(u", "_s)));
        QVERIFY2(unknown.isEmpty(), qPrintable(u"matrix rows for routes that do not exist: "_s +
                                               unknown.values().join(u", "_s)));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Caller>("caller");
        QTest::addColumn<int>("expected");
        for (const MatrixRow &row : matrixRows()) {
            const auto sample = sampleBody(row.method, row.pattern);
            QVERIFY2(sample || row.body, qPrintable(u"no sample body for "_s + row.pattern));
            const QList<Caller> callers = allCallers();
            for (qsizetype i = 0; i < callers.size(); ++i) {
                const QString label =
                    row.variant.isEmpty() ? QString() : u" (%1)"_s.arg(row.variant);
                QTest::addRow("%s %s%s as %s", qPrintable(row.method), qPrintable(row.pattern),
                              qPrintable(label), qPrintable(callerName(callers.at(i))))
                    << row.method << row.pattern
                    << row.body.value_or(sample.value_or(QJsonObject())) << callers.at(i)
                    << row.expected.at(size_t(i));
            }
        }
    }
    void matrix()
    {
        QFETCH(QString, method);
        QFETCH(QString, pattern);
        QFETCH(QJsonObject, body);
        QFETCH(Caller, caller);
        QFETCH(int, expected);
        AccessWorld world;
        QVERIFY(world.setUp());
        const HttpReply reply = world.call(caller, method, pattern, body);
        QVERIFY2(reply.status == expected,
                 qPrintable(u"HTTP %1, expected %2: %3"_s.arg(reply.status)
                                .arg(expected)
                                .arg(QString::fromUtf8(reply.body))));
        if (expected >= 400) {
            QCOMPARE(reply.header("Content-Type"), "application/problem+json"_ba);
            QCOMPARE(reply.json().value(u"status"_s).toInt(), expected);
        }
        if (isCustomerSide(caller)) {
            QVERIFY2(!reply.body.contains(AccessWorld::noteMarker), reply.body.constData());
            QVERIFY(!reply.json().contains(u"assignee"_s));
            QVERIFY(!reply.json().contains(u"tier3_key"_s));
        }
    }

    void internalNotesStayWithStaff_data()
    {
        QTest::addColumn<Caller>("caller");
        QTest::addColumn<bool>("seesNotes");
        for (Caller caller : allCallers()) {
            if (caller != Caller::Anonymous) {
                QTest::addRow("%s", qPrintable(callerName(caller)))
                    << caller << !isCustomerSide(caller);
            }
        }
    }
    void internalNotesStayWithStaff()
    {
        QFETCH(Caller, caller);
        QFETCH(bool, seesNotes);
        AccessWorld world;
        QVERIFY(world.setUp());
        const QString ticket = u"/api/v1/tickets/%1"_s.arg(world.ownerTicket());
        const QList<std::pair<QString, HttpReply>> replies{
            {u"list"_s, world.get(caller, u"/api/v1/tickets"_s)},
            {u"get"_s, world.get(caller, ticket)},
            {u"feed"_s, world.get(caller, u"/api/v1/changes?cursor=0"_s)},
            {u"reply"_s, world.call(caller, u"POST"_s, u"/api/v1/tickets/{id}/messages"_s,
                                    {{u"body"_s, u"Any news?"_s}})},
            {u"stale"_s,
             world.call(caller, u"POST"_s, u"/api/v1/tickets/{id}/priority"_s,
                        {{u"priority"_s, u"low"_s}, {u"explanation"_s, u"Fine now."_s}}, "\"1\"")},
        };
        const bool reads = caller != Caller::CustomerOther && caller != Caller::CustomerUnverified;
        for (const auto &[what, reply] : replies) {
            QVERIFY2(reply.status < 400 || reply.status == 404 || reply.status == 412,
                     qPrintable(what + u": HTTP "_s + QString::number(reply.status)));
            QVERIFY2(reply.body.contains(AccessWorld::noteMarker) == seesNotes,
                     qPrintable(what + u": "_s + QString::fromUtf8(reply.body)));
        }
        // The owner really reads the ticket (and gets 412 with it): the absence of the note is
        // filtering.
        QCOMPARE(replies.at(1).second.status, reads ? 200 : 404);
        QCOMPARE(replies.at(4).second.status, reads ? 412 : 404);
        QCOMPARE(replies.at(4).second.json().contains(u"current"_s), reads);
    }
};

QTEST_GUILESS_MAIN(TestAuthMatrix)
#include "tst_authmatrix.moc"
