#pragma once

#include <QByteArray>
#include <QString>

namespace yc {

// The citizen (or the person acting for an organisation) at the window. Every field except the
// id, the document type and the gender is personal data: encrypted at rest, masked in lists,
// never logged.
struct Applicant
{
    QString id;     // client-generated UUID
    QString idType; // "resident", "permit", "foreign", "passport", "credit-code", ...
    QString idNumber;
    QString name;
    QString gender; // GB/T 2261.1 code: 0, 1, 2, 9
    QString address;
    QString phone;
    QByteArray photo; // opaque (WLT from the card reader, or an image)
};

} // namespace yc
