#include "http/Router.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

bool isIdName(const QString &name)
{
    return name == u"id"_s || name.endsWith(u"_id"_s);
}

bool matchPath(const QString &pattern, const QString &path, QHash<QString, QString> &params)
{
    const QStringList want = pattern.split(u'/');
    const QStringList have = path.split(u'/');
    if (want.size() != have.size()) {
        return false;
    }
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &segment = want.at(i);
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            const QString name = segment.mid(1, segment.size() - 2);
            bool ok = !have.at(i).isEmpty();
            if (isIdName(name)) {
                ok = have.at(i).toLongLong(&ok) > 0 && ok;
            }
            if (!ok) {
                return false;
            }
            params.insert(name, have.at(i));
        } else if (segment != have.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(Route route)
{
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QString &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchPath(route.pattern, path, params)) {
            continue;
        }
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.params = std::move(params);
        return result;
    }
    return result;
}

} // namespace deskside::server
