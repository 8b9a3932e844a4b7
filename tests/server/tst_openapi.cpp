#include "AccessWorld.h"
#include "sync/PushHub.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

namespace {

const QStringList httpMethods{u"get"_s,   u"put"_s,  u"post"_s,   u"delete"_s,
                              u"patch"_s, u"head"_s, u"options"_s};

QString accessName(Access access)
{
    switch (access) {
    case Access::Public:
        return u"public"_s;
    case Access::SignedIn:
        return u"signed_in"_s;
    case Access::Staff:
        return u"staff"_s;
    case Access::Manager:
        return u"manager"_s;
    case Access::Admin:
        return u"admin"_s;
    }
    return {};
}

// Every "$ref" value anywhere below value.
void collectRefs(const QJsonValue &value, QStringList &refs)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            collectRefs(item, refs);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"$ref"_s) {
                refs.append(it.value().toString());
            } else {
                collectRefs(it.value(), refs);
            }
        }
    }
}

} // namespace

// api/openapi.json against the server's routes, both ways: every route documented with
// its access, headers and error statuses, and every documented operation served.
class TestOpenApi : public QObject
{
    Q_OBJECT

    // The object at a local JSON pointer ("#/components/schemas/Ticket"), or {}.
    QJsonValue pointer(const QString &ref) const
    {
        if (!ref.startsWith(u"#/"_s)) {
            return {};
        }
        QJsonValue at = m_doc;
        for (const QString &part : ref.mid(2).split(u'/')) {
            at = at.toObject().value(part);
        }
        return at;
    }
    QJsonObject resolved(const QJsonValue &value) const
    {
        const QJsonObject object = value.toObject();
        return object.contains(u"$ref"_s) ? pointer(object.value(u"$ref"_s).toString()).toObject()
                                          : object;
    }
    QJsonObject operation(const QString &method, const QString &pattern) const
    {
        return m_doc.value(u"paths"_s)
            .toObject()
            .value(pattern)
            .toObject()
            .value(method.toLower())
            .toObject();
    }
    std::optional<QJsonObject> parameter(const QJsonObject &op, const QString &in,
                                         const QString &name) const
    {
        for (const QJsonValue &value : op.value(u"parameters"_s).toArray()) {
            const QJsonObject p = resolved(value);
            if (p.value(u"in"_s).toString() == in &&
                p.value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0) {
                return p;
            }
        }
        return std::nullopt;
    }
    static QStringList routePathParameters(const QString &pattern)
    {
        static const QRegularExpression braces(u"\\{([^}]+)\\}"_s);
        QStringList names;
        for (const auto &match : braces.globalMatch(pattern)) {
            names.append(match.captured(1));
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(DESKSIDE_OPENAPI));
        QVERIFY2(file.open(QIODevice::ReadOnly), DESKSIDE_OPENAPI);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        m_doc = document.object();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->start());
        QVERIFY(!m_fixture->server().router().routes().isEmpty());
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void documentIsOpenApi303()
    {
        QCOMPARE(m_doc.value(u"openapi"_s).toString(), u"3.0.3"_s);
        QVERIFY(!m_doc.value(u"info"_s).toObject().value(u"title"_s).toString().isEmpty());
        const QJsonObject bearer = pointer(u"#/components/securitySchemes/bearerAuth"_s).toObject();
        QCOMPARE(bearer.value(u"scheme"_s).toString(), u"bearer"_s);
        QStringList refs;
        collectRefs(m_doc, refs);
        QVERIFY(!refs.isEmpty());
        for (const QString &ref : std::as_const(refs)) {
            QVERIFY2(pointer(ref).isObject(), qPrintable(u"unresolved $ref "_s + ref));
        }
        const QJsonObject problem =
            pointer(u"#/components/schemas/Problem/properties"_s).toObject();
        for (const QString &field :
             {u"type"_s, u"title"_s, u"status"_s, u"detail"_s, u"field"_s, u"current"_s}) {
            QVERIFY2(problem.contains(field), qPrintable(field));
        }
        for (const QString &schema : {u"Ticket"_s, u"SlaSnapshot"_s, u"User"_s, u"ChangePage"_s}) {
            QVERIFY2(pointer(u"#/components/schemas/"_s + schema).isObject(), qPrintable(schema));
        }
    }

    void errorsAreProblems()
    {
        const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
        int errors = 0;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                const QJsonObject responses =
                    op.value().toObject().value(u"responses"_s).toObject();
                for (auto it = responses.begin(); it != responses.end(); ++it) {
                    if (it.key().toInt() < 400) {
                        continue;
                    }
                    ++errors;
                    const QString where = path.key() + u' ' + op.key() + u' ' + it.key();
                    const QJsonObject response = resolved(it.value());
                    const QJsonObject content = response.value(u"content"_s).toObject();
                    QVERIFY2(content.keys() == QStringList{u"application/problem+json"_s},
                             qPrintable(where));
                    const QString schema = content.value(u"application/problem+json"_s)
                                               .toObject()
                                               .value(u"schema"_s)
                                               .toObject()
                                               .value(u"$ref"_s)
                                               .toString();
                    QVERIFY2(
                        schema.endsWith(it.key() == u"412"_s ? u"/StaleProblem"_s : u"/Problem"_s),
                        qPrintable(where));
                    if (it.key() == u"429"_s) {
                        QVERIFY2(response.value(u"headers"_s).toObject().contains(u"Retry-After"_s),
                                 qPrintable(where));
                    }
                }
            }
        }
        QVERIFY(errors > 0);
        QVERIFY(QJsonDocument(pointer(u"#/components/schemas/StaleProblem"_s).toObject())
                    .toJson()
                    .contains("\"current\""));
    }

    void everyRouteIsDocumented_data()
    {
        QTest::addColumn<int>("index");
        const QList<Route> &routes = m_fixture->server().router().routes();
        for (qsizetype i = 0; i < routes.size(); ++i) {
            QTest::addRow("%s %s", qPrintable(routes.at(i).method),
                          qPrintable(routes.at(i).pattern))
                << int(i);
        }
    }
    void everyRouteIsDocumented()
    {
        QFETCH(int, index);
        const Route &route = m_fixture->server().router().routes().at(index);
        const QJsonObject op = operation(route.method, route.pattern);
        QVERIFY2(!op.isEmpty(), "the route is not in api/openapi.json");
        QCOMPARE(op.value(u"x-access"_s).toString(), accessName(route.access));
        const QJsonObject responses = op.value(u"responses"_s).toObject();
        const auto documents = [&](const char *status) {
            return responses.contains(QLatin1StringView(status));
        };
        QVERIFY(documents("413"));
        QVERIFY(documents("429"));
        for (const QString &name : routePathParameters(route.pattern)) {
            const auto p = parameter(op, u"path"_s, name);
            QVERIFY2(p && p->value(u"required"_s).toBool(), qPrintable(name));
            QVERIFY2(documents("404"), "a route with a path parameter answers 404");
        }
        QVERIFY2(route.access == Access::Public || documents("401"),
                 "401 for callers not signed in");
        QVERIFY2(route.access == Access::Public || route.access == Access::SignedIn ||
                     documents("403"),
                 "403 for roles below the route's access");
        const auto key = parameter(op, u"header"_s, u"Idempotency-Key"_s);
        QCOMPARE(key.has_value(), route.mutation);
        if (route.mutation) {
            QCOMPARE(key->value(u"required"_s).toBool(), route.requiresIdempotencyKey);
            QVERIFY2(documents("422"), "a reused Idempotency-Key answers 422");
            QVERIFY2(documents("400"), "an overlong Idempotency-Key answers 400");
            QVERIFY2(documents("409"), "a failed store answers 409");
        }
        QVERIFY2(!route.requiresIdempotencyKey || documents("428"),
                 "a missing Idempotency-Key answers 428");
        if (const auto ifMatch = parameter(op, u"header"_s, u"If-Match"_s)) {
            QVERIFY2(documents("412"), "If-Match: a stale version answers 412");
            QVERIFY2(!ifMatch->value(u"required"_s).toBool() || documents("428"),
                     "a missing If-Match answers 428");
        }
    }

    void everyOperationIsARoute()
    {
        QSet<QString> routes;
        for (const Route &route : m_fixture->server().router().routes()) {
            const QString key = route.method + u' ' + route.pattern;
            QVERIFY2(!routes.contains(key), qPrintable(u"registered twice: "_s + key));
            routes.insert(key);
        }
        // The WebSocket is routed on QHttpServer itself, not through the Router.
        const QString stream = u"GET "_s + QString::fromLatin1(PushHub::path);
        const QJsonObject paths = m_doc.value(u"paths"_s).toObject();
        int operations = 0;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto it = item.begin(); it != item.end(); ++it) {
                if (!httpMethods.contains(it.key())) {
                    continue;
                }
                ++operations;
                const QString key = it.key().toUpper() + u' ' + path.key();
                QVERIFY2(routes.contains(key) || key == stream,
                         qPrintable(u"documented but not served: "_s + key));
                const QString access = it.value().toObject().value(u"x-access"_s).toString();
                QVERIFY2(!access.isEmpty(), qPrintable(u"no x-access: "_s + key));
            }
        }
        QCOMPARE(operations, routes.size() + 1);
    }

    void streamIsDocumentedAsServed()
    {
        const QString path = QString::fromLatin1(PushHub::path);
        const QJsonObject op = operation(u"GET"_s, path);
        QVERIFY(op.value(u"description"_s).toString().contains(u"{\"token\""_s));
        QVERIFY(op.value(u"description"_s).toString().contains(u"{\"cursor\""_s));
        QVERIFY(op.value(u"responses"_s).toObject().contains(u"101"_s));
        QVERIFY(op.value(u"responses"_s).toObject().contains(u"426"_s));
        const HttpReply plain = m_fixture->client().get(path);
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.header("Content-Type"), "application/problem+json"_ba);
    }

    // If-Match as documented is If-Match as served: a stale version answers 412 exactly
    // where the document lists the header, and a missing one 428 where it is required.
    void ifMatchIsDocumentedAsServed_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("pattern");
        for (const Route &route : m_fixture->server().router().routes()) {
            if (route.mutation && route.pattern.contains(u"{id}"_s)) {
                QTest::addRow("%s %s", qPrintable(route.method), qPrintable(route.pattern))
                    << route.method << route.pattern;
            }
        }
    }
    void ifMatchIsDocumentedAsServed()
    {
        QFETCH(QString, method);
        QFETCH(QString, pattern);
        const auto body = sampleBody(method, pattern);
        QVERIFY2(body, "no sample request for the route (tests/server/AccessWorld.cpp)");
        const auto ifMatch = parameter(operation(method, pattern), u"header"_s, u"If-Match"_s);
        AccessWorld world;
        QVERIFY(world.setUp());
        const HttpReply stale = world.call(Caller::Admin, method, pattern, *body, "\"999\"");
        QCOMPARE(stale.status == 412, ifMatch.has_value());
        if (ifMatch) {
            QVERIFY(stale.json().value(u"current"_s).isObject());
            QVERIFY(!stale.header("ETag").isEmpty());
            const HttpReply missing = world.call(Caller::Admin, method, pattern, *body, ""_ba);
            QCOMPARE(missing.status == 428, ifMatch->value(u"required"_s).toBool());
        }
    }

private:
    QJsonObject m_doc;
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
