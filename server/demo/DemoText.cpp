#include "demo/DemoText.h"

#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

// One kind of trouble. Every subject and body names the thing concerned as %1; bodies
// also say since when as %2.
struct Theme
{
    QStringList subjects;
    QStringList bodies;
    QStringList things;   // names to fill in, or empty to make numbers ...
    QString numberPrefix; // ... with this prefix, such as "SO-"
};

const std::array<Theme, 4> &themes()
{
    static const std::array<Theme, 4> list{{
        {{u"Pick lists at %1 are missing items"_s, u"Barcode scanners at %1 stopped syncing"_s,
          u"Stock counts at %1 do not match the system"_s, u"Cannot print shipping labels at %1"_s,
          u"Cycle count stuck in review at %1"_s, u"Putaway tasks at %1 go to the wrong bins"_s},
         {u"Hello, since %2 the team at %1 sees pick lists without the items that were ordered. "
          "Pickers walk to empty bins and orders are delayed."_s,
          u"Since %2 the handheld scanners at %1 no longer send their scans. We are writing "
          "counts on paper for now."_s,
          u"Our stock at %1 is off since %2: the system shows 40 pallets of returns that are not "
          "on the floor. Can you check what happened?"_s,
          u"Since %2 the label printers at %1 print blank labels and the trucks leave at four. "
          "Please help quickly."_s},
         {u"the Dallas DC"_s, u"the Memphis warehouse"_s, u"the Reno fulfilment centre"_s,
          u"the Columbus DC"_s, u"the Savannah cross-dock"_s, u"the Denver returns centre"_s},
         {}},
        {{u"Order %1 stuck in 'processing'"_s, u"Duplicate shipments for order %1"_s,
          u"Customer cannot cancel order %1"_s, u"Order %1 shipped to an old address"_s,
          u"Back-order for %1 is not released"_s, u"Order %1 shows the wrong delivery date"_s},
         {u"Order %1 has been in 'processing' since %2 although all lines are in stock. The "
          "customer keeps calling us."_s,
          u"We shipped order %1 twice since %2: two tracking numbers, one invoice. How do we "
          "stop the second parcel?"_s,
          u"Since %2 the cancel button on order %1 gives an error and the customer wants a refund."_s,
          u"Since %2 order %1 and a few others go to addresses our customers deleted last month. "
          "Where does the system take them from?"_s},
         {},
         u"SO-"_s},
        {{u"Invoice %1 shows the wrong tax rate"_s, u"Credit note for invoice %1 not generated"_s,
          u"Payment for invoice %1 is not matched"_s, u"Rounding difference on invoice %1"_s,
          u"Invoice %1 was sent to the wrong contact"_s,
          u"Invoice %1 is missing freight charges"_s},
         {u"Invoice %1 charges 8.25% tax for a customer in Oregon, and so do all invoices since "
          u"%2. "
          "The customer disputes it."_s,
          u"We cancelled the order behind invoice %1, but no credit note was created; the same "
          u"since "
          "%2. The customer still owes the full amount."_s,
          u"The customer paid invoice %1, yet since %2 the payment sits unmatched and dunning started."_s,
          u"Since %2 invoices such as %1 are 0.01 off between lines and total; our ERP rejects them."_s},
         {},
         u"INV-2026-"_s},
        {{u"%1 orders no longer arrive"_s, u"%1 webhook returns 401 since the key rotation"_s,
          u"Nightly sync with %1 times out"_s, u"Rate limit errors from %1"_s,
          u"Product import from %1 skips items"_s, u"Inventory levels not pushed to %1"_s},
         {u"Since %2 nothing comes in from %1. The connector status says 'healthy' but the queue "
          "is empty."_s,
          u"We rotated our API keys and since %2 the %1 connection fails with 401. The new key is "
          "in the settings."_s,
          u"The nightly job to %1 runs into a timeout since %2; only half of the catalogue is "
          "updated."_s,
          u"Since %2 we see 'too many requests' from %1 during the morning peak and orders wait "
          "an hour."_s},
         {u"Shopify"_s, u"NetSuite"_s, u"Salesforce"_s, u"QuickBooks"_s, u"the EDI gateway"_s,
          u"Amazon Seller Central"_s, u"ShipStation"_s},
         {}},
    }};
    return list;
}

const QStringList since{u"this morning"_s, u"yesterday afternoon"_s, u"the last update"_s,
                        u"Monday"_s,       u"last night's batch"_s,  u"the start of the week"_s};

const QStringList firstNames{u"Nadia"_s,  u"Marcus"_s, u"Elena"_s,  u"Tom"_s,    u"Aisha"_s,
                             u"Diego"_s,  u"Hannah"_s, u"Kenji"_s,  u"Olivia"_s, u"Samuel"_s,
                             u"Fatima"_s, u"Lukas"_s,  u"Grace"_s,  u"Ravi"_s,   u"Chloe"_s,
                             u"Mateo"_s,  u"Ingrid"_s, u"Kwame"_s,  u"Sofia"_s,  u"Ben"_s,
                             u"Yuki"_s,   u"Carlos"_s, u"Amelia"_s, u"Noah"_s};
const QStringList lastNames{u"Okafor"_s,   u"Bennett"_s,  u"Rossi"_s,  u"Nguyen"_s, u"Schmidt"_s,
                            u"Garcia"_s,   u"Kowalski"_s, u"Tanaka"_s, u"Hughes"_s, u"Mensah"_s,
                            u"Larsen"_s,   u"Patel"_s,    u"Dubois"_s, u"Moreno"_s, u"Fischer"_s,
                            u"Campbell"_s, u"Ivanova"_s,  u"Walsh"_s,  u"Haddad"_s, u"Lindqvist"_s};
const QStringList companies{u"brightline"_s,     u"northwind"_s,      u"bluepeak"_s,
                            u"harborfreight"_s,  u"cedarfarms"_s,     u"quickparts"_s,
                            u"lumenhome"_s,      u"redrock-supply"_s, u"greenleaf"_s,
                            u"summit-outdoor"_s, u"oakridge-tools"_s, u"pacific-pet"_s};

} // namespace

DemoText::DemoText(quint32 seed)
    : m_random(seed)
{}

int DemoText::below(int bound)
{
    return static_cast<int>(m_random.bounded(static_cast<quint32>(bound)));
}

double DemoText::unit()
{
    return m_random.generateDouble();
}

double DemoText::between(double low, double high)
{
    return low + (high - low) * unit();
}

bool DemoText::chance(double probability)
{
    return unit() < probability;
}

QString DemoText::pick(const QStringList &list)
{
    return list.at(below(static_cast<int>(list.size())));
}

DemoText::Opening DemoText::opening()
{
    const Theme &theme = themes().at(below(static_cast<int>(themes().size())));
    const QString thing = theme.things.isEmpty()
                              ? theme.numberPrefix + QString::number(10000 + below(90000))
                              : pick(theme.things);
    QString subject = pick(theme.subjects).arg(thing);
    subject[0] = subject.at(0).toUpper();
    return {subject, pick(theme.bodies).arg(thing, pick(since))};
}

QString DemoText::firstReply(const QString &firstName)
{
    return pick(
               {u"Hi %1, thanks for reporting this. I am looking into it now and will update you "
                "within the hour."_s,
                u"Hello %1, thanks for the details. I can reproduce the problem and am checking "
                "the logs."_s,
                u"Hi %1, we have picked this up. A colleague saw something similar last week; I am "
                "comparing the two cases."_s,
                u"Thanks %1. I have started on this and will keep you posted here."_s})
        .arg(firstName);
}

QString DemoText::question()
{
    return pick({u"Could you send us a screenshot of the error and the time it happened?"_s,
                 u"Could you export the affected records as CSV and attach them here?"_s,
                 u"Does this happen for every user, or only for some? Which browser do they use?"_s,
                 u"Could you try once more after clearing the cache and tell us what you see?"_s});
}

QString DemoText::answer()
{
    return pick({u"Here are the details: it happens for everyone on the night shift."_s,
                 u"Screenshot attached. It started right after the 7:00 sync."_s,
                 u"Only two users are affected, both in the returns team."_s,
                 u"Tried again after clearing the cache: same error, export attached."_s});
}

QString DemoText::followUp()
{
    return pick({u"Any news on this? It is getting urgent for us."_s,
                 u"Adding to my request: the same happened again an hour ago."_s,
                 u"Just checking that this reached someone."_s});
}

QString DemoText::internalNote()
{
    return pick({u"Looks like the same root cause as last week's sync outage."_s,
                 u"Checked the job logs: the nightly import failed with a timeout at 02:14."_s,
                 u"Customer is on the Enterprise plan; keep them posted daily."_s,
                 u"Reproduced on staging. Workaround: re-run the export by hand."_s,
                 u"Their account manager asked to be copied on the outcome."_s});
}

QString DemoText::engineeringKey()
{
    return u"ENG-"_s + QString::number(1000 + below(9000));
}

QString DemoText::tier3Note(const QString &key)
{
    return pick({u"Escalated to engineering as %1: the connector drops messages under load."_s,
                 u"Opened %1 for the platform team; the fix needs a schema change."_s,
                 u"Bug confirmed and filed as %1, attached the logs from staging."_s})
        .arg(key);
}

QString DemoText::tier3Reply(const QString &key)
{
    return u"Our engineers are working on a fix (tracked as %1). We will let you know as soon as "
           "it ships."_s.arg(key);
}

QString DemoText::resolution(const QString &firstName)
{
    return pick(
               {u"Hi %1, the fix is deployed and your data has been re-synced. Please let us know "
                "if anything still looks wrong."_s,
                u"Hello %1, we corrected the configuration on our side; everything flows through "
                "again."_s,
                u"Hi %1, the document has been corrected and re-sent. Sorry for the trouble!"_s,
                u"%1, the backlog is processed and we added monitoring so this is caught early."_s})
        .arg(firstName);
}

QString DemoText::raiseReason(bool urgent)
{
    if (urgent) {
        return pick({u"Outage: no orders reach any warehouse; handling as urgent."_s,
                     u"All shipping is blocked for this customer; treating it as an outage."_s});
    }
    return pick({u"The problem now blocks shipping for the whole site."_s,
                 u"Lost revenue every hour; please handle this first."_s,
                 u"Month-end closing depends on it and the deadline is Friday."_s});
}

QString DemoText::lowerReason()
{
    return pick({u"A workaround exists: orders can be entered by hand for now."_s,
                 u"Only one user is affected and the deadline is next month."_s,
                 u"The urgent part is fixed; the remaining cleanup can wait."_s});
}

QList<DemoRequester> DemoText::publicRequesters(int count)
{
    QList<DemoRequester> people;
    QSet<QString> seen;
    while (people.size() < count) {
        const QString first = pick(firstNames);
        const QString last = pick(lastNames);
        const QString email = u"%1.%2@%3.example"_s.arg(first, last, pick(companies)).toLower();
        if (!seen.contains(first + last)) {
            seen.insert(first + last);
            people.append({first + u' ' + last, email, {}});
        }
    }
    return people;
}

} // namespace deskside::server
