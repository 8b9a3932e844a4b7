#pragma once

#include <QString>

#include <optional>

namespace deskside::server {

enum class Role
{
    Customer,
    Specialist,
    Manager,
    Admin
};

QString roleToWire(Role role);
std::optional<Role> roleFromWire(const QString &text);

// The signed-in caller of a request.
struct AuthUser
{
    qint64 id = 0;
    QString login;
    QString email;
    QString name;
    Role role = Role::Customer;
    bool emailVerified = true;

    bool isStaff() const { return role != Role::Customer; }
    bool isManager() const { return role == Role::Manager || role == Role::Admin; }
    // Customers own the tickets requested from their verified address.
    bool owns(const QString &requesterEmail) const
    {
        return emailVerified && requesterEmail.compare(email, Qt::CaseInsensitive) == 0;
    }
};

} // namespace deskside::server
