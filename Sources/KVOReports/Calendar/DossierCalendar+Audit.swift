import KVOModel

/// The audit's dates and the certificate's: each deadline is the handbook's (`Handbook.Audit`,
/// `Handbook.Certificate`), counted from the dates the dossier records.
extension DossierCalendar {
    static func audits(_ c: ReportContext) -> [CalendarEvent] {
        c.audits.flatMap { a -> [CalendarEvent] in
            guard let day = a.date else { return [] }
            let name: Message = switch a.type {
            case .first?: Message(en: "First KVO audit", nl: "Eerste KVO-audit")
            case .renewal?: Message(en: "Renewal audit", nl: "Hercertificeringsaudit")
            case nil: Message(en: "KVO audit", nl: "KVO-audit")
            }
            let on = Message(en: " of \(Language.en.date(day))", nl: " van \(Language.nl.date(day))")
            var events = [
                CalendarEvent(kind: .audit, day: day, title: name + " (\(a.id))",
                              details: .verbatim(a.body.map { c.text($0) + "." } ?? ""), record: a.id, key: a.id, state: state(day, c)),
            ]
            let documentsDue = Handbook.Audit.documentsDue(audit: day)
            // Delivered when a delivery lies between the audit before this one and the deadline.
            let previous = c.audits.compactMap(\.date).filter { $0 < day }.max()
            let delivered = c.deliveries.contains { d in
                guard let date = d.date else { return false }
                return date <= documentsDue && (previous.map { date > $0 } ?? true)
            }
            events.append(CalendarEvent(
                kind: .documentsDue, day: documentsDue,
                title: Message(en: "Last day to deliver the document set (\(a.id))", nl: "Uiterste dag aanleveren documentenset (\(a.id))"),
                details: Message(en: "At least \(Handbook.Audit.documentLeadDays) days before the audit (§5.2.1): for the ", nl: "Minstens \(Handbook.Audit.documentLeadDays) dagen vóór de audit (§5.2.1): voor de ")
                    + name.lowercasedFirst + on + ".",
                record: a.id, key: a.id, state: delivered ? .done : .due))
            let reportDue = Handbook.Audit.reportDue(audit: day)
            let received = a.reportDate.map { Message(en: " Received on \(Language.en.date($0)).", nl: " Ontvangen op \(Language.nl.date($0)).") } ?? .empty
            events.append(CalendarEvent(
                kind: .auditReportDue, day: reportDue,
                title: Message(en: "Audit report due (\(a.id))", nl: "Uiterste dag auditrapport (\(a.id))"),
                details: Message(en: "Within \(Handbook.Audit.reportDays) days of the audit (§6.4).", nl: "Binnen \(Handbook.Audit.reportDays) dagen na de audit (§6.4).") + received,
                record: a.id, key: a.id, state: a.reportDate == nil ? .due : .done))
            if !a.deviations.isEmpty {
                let due = Handbook.Audit.supplementsDue(audit: day)
                events.append(CalendarEvent(
                    kind: .supplementsDue, day: due,
                    title: Message(en: "Last day for the supplements (\(a.id))", nl: "Uiterste dag aanvullingen (\(a.id))"),
                    details: Message(en: "Within \(Handbook.Audit.supplementMonths) months of an audit with deviations (§6.3).",
                                     nl: "Binnen \(Handbook.Audit.supplementMonths) maanden na een audit met afwijkingen (§6.3)."),
                    record: a.id, key: a.id, state: a.supplementsDelivered == nil ? .due : .done))
            }
            if let delivered = a.supplementsDelivered {
                events.append(CalendarEvent(
                    kind: .assessmentDue, day: Handbook.Audit.assessmentDue(delivered: delivered),
                    title: Message(en: "Last day to assess the supplements (\(a.id))", nl: "Uiterste dag beoordeling aanvullingen (\(a.id))"),
                    details: Message(en: "The certification body assesses supplements within \(Handbook.Audit.assessmentMonths) month (§6.3); delivered on \(Language.en.date(delivered)).",
                                     nl: "De certificatie-instelling beoordeelt aanvullingen binnen \(Handbook.Audit.assessmentMonths) maand (§6.3); aangeleverd op \(Language.nl.date(delivered))."),
                    record: a.id, key: a.id, state: .due))
            }
            return events
        }
    }

    /// Per certificate: the day it expires, and the latest day kvo advises for the renewal audit.
    static func certificates(_ c: ReportContext) -> [CalendarEvent] {
        c.certificates.flatMap { cert -> [CalendarEvent] in
            guard let issued = cert.issued else { return [] }
            let number = cert.number.map { " " + c.text($0) } ?? ""
            let expiry = Handbook.Certificate.expiry(issued: issued)
            let last = Handbook.Certificate.lastValidDay(issued: issued)
            let years = Handbook.Certificate.validityYears
            let lead = Handbook.Certificate.nextAuditLeadMonths
            return [
                CalendarEvent(kind: .certificateExpiry, day: expiry,
                              title: Message(en: "Certificate\(number) expires (\(cert.id))", nl: "Certificaat\(number) verloopt (\(cert.id))"),
                              details: Message(en: "Valid for \(years) years from \(Language.en.date(issued)), through \(Language.en.date(last)) (§7.2).",
                                               nl: "\(years) jaar geldig vanaf \(Language.nl.date(issued)), t/m \(Language.nl.date(last)) (§7.2)."),
                              record: cert.id, key: cert.id, state: .due),
                CalendarEvent(kind: .nextAuditBy, day: Handbook.Certificate.nextAuditBy(issued: issued),
                              title: Message(en: "Latest date for the renewal audit (\(cert.id))", nl: "Uiterste datum hercertificeringsaudit (\(cert.id))"),
                              details: Message(en: "kvo's advice: \(lead) months before the certificate expires, so that supplements (\(Handbook.Audit.supplementMonths) months) and their assessment (\(Handbook.Audit.assessmentMonths) month, §6.3) fit within its validity.",
                                               nl: "Advies van kvo: \(lead) maanden vóór het certificaat verloopt, zodat aanvullingen (\(Handbook.Audit.supplementMonths) maanden) en de beoordeling ervan (\(Handbook.Audit.assessmentMonths) maand, §6.3) binnen de geldigheid passen."),
                              record: cert.id, key: cert.id, state: .due),
            ]
        }
    }
}

extension Message {
    /// The message with its first letter in lower case, for use inside a sentence.
    var lowercasedFirst: Message {
        Message(en: en.prefix(1).lowercased() + en.dropFirst(), nl: nl.prefix(1).lowercased() + nl.dropFirst())
    }
}
