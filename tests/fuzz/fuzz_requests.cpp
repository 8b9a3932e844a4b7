// libFuzzer target: every request-body decoder, the ticket and alert codecs and the
// on-call file formats must answer any input with a value or an error, never a crash or
// a hang.
#include "api/AccountRequests.h"
#include "api/AlertJson.h"
#include "api/TicketJson.h"
#include "api/TicketRequests.h"
#include "base/IsoTime.h"
#include "oncall/EscalationPolicyJson.h"
#include "oncall/ScheduleJson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace deskside::api;
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)decodeSession(body);
    (void)decodeSignup(body);
    (void)decodeVerify(body);
    (void)decodePublicTicket(body);
    (void)decodeNewTicket(body);
    (void)decodePriorityChange(body);
    (void)decodeMessage(body);
    (void)decodeAssign(body);
    (void)decodeStatus(body);
    (void)decodeTier3(body);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        (void)decodeTicket(document.object());
        (void)alertFromJson(document.object());
        (void)notificationFromJson(document.object());
    }
    (void)deskside::oncall::scheduleFromJson(body, QStringLiteral("fuzz"));
    (void)deskside::oncall::policyFromJson(body, QStringLiteral("fuzz"));
    (void)deskside::iso::parse(QString::fromUtf8(body));
    return 0;
}
