#include "auth/AuthUser.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

QString roleToWire(Role role)
{
    switch (role) {
    case Role::Customer:
        return u"customer"_s;
    case Role::Specialist:
        return u"specialist"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromWire(const QString &text)
{
    for (Role role : {Role::Customer, Role::Specialist, Role::Manager, Role::Admin}) {
        if (roleToWire(role) == text) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace deskside::server
