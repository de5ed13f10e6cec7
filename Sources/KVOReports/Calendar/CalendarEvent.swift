import KVOModel

/// One date that matters to the workgroup (`calendar`): a deadline of the handbook, a planned
/// fixed measure, or something that happened, as an all-day event.
package struct CalendarEvent: Sendable, Equatable {
    /// What the date is; its raw value is part of the event's UID, so it never changes.
    package enum Kind: String, Sendable, CaseIterable {
        /// The last day of a plan year (§4.2, §4.4).
        case planYearEnd = "plan-year-end"
        /// A fixed measure of §4.2.5 other than an inspection or an evaluation, by the end of its quarter.
        case fixedMeasure = "fixed-measure"
        /// A day or evening inspection: planned (a fixed measure) or held (an inspection record).
        case inspection
        /// An interim or yearly evaluation: planned (a fixed measure) or held (an evaluation record).
        case evaluation
        /// The last day the §5.2.1 document set may reach the certification body.
        case documentsDue = "documents-due"
        /// A delivery of documents to the certification body.
        case delivery
        case audit
        /// The last day the audit report may reach the workgroup (§6.4).
        case auditReportDue = "audit-report-due"
        /// The last day to deliver supplements after an audit with deviations (§6.3).
        case supplementsDue = "supplements-due"
        /// The last day the certification body assesses delivered supplements (§6.3).
        case assessmentDue = "assessment-due"
        /// The first day a certificate is no longer valid (§7.2).
        case certificateExpiry = "certificate-expiry"
        /// The latest date kvo advises for the next audit before the certificate expires.
        case nextAuditBy = "next-audit-by"

        /// The handbook paragraph the date comes from.
        package var paragraph: String {
            switch self {
            case .planYearEnd: "§4.2"
            case .fixedMeasure, .inspection: "§4.2.5"
            case .evaluation: "§4.4"
            case .documentsDue, .delivery: "§5.2.1"
            case .audit: "§5.2"
            case .auditReportDue: "§6.4"
            case .supplementsDue, .assessmentDue: "§6.3"
            case .certificateExpiry, .nextAuditBy: "§7.2"
            }
        }
    }

    /// Whether the date lies behind the workgroup, or still ahead of it.
    package enum State: Sendable, Equatable {
        /// Something the dossier records as done on that day (held, delivered, executed).
        case done
        /// A date planned or due.
        case due
    }

    package let kind: Kind
    package let day: Day
    /// One line, as a calendar shows it: "Dagschouw (M-1)".
    package let title: Message
    /// More: the record, the rule behind the date.
    package let details: Message
    /// The record the date belongs to, if any.
    package let record: String?
    /// What tells this event apart from others of its kind: the record's ID, with the quarter or
    /// plan year where one record gives several dates. Part of the UID.
    package let key: String
    package let state: State

    package init(kind: Kind, day: Day, title: Message, details: Message, record: String?, key: String, state: State) {
        self.kind = kind
        self.day = day
        self.title = title
        self.details = details
        self.record = record
        self.key = key
        self.state = state
    }

    /// The event's UID (RFC 5545 §3.8.4.7): the dossier, the kind and the key, so that the same
    /// date of the same dossier has the same UID in every export and a re-import updates it.
    package func uid(dossier: String) -> String {
        CalendarEvent.slug(dossier) + "-" + kind.rawValue + "-" + CalendarEvent.slug(key) + "@kvo"
    }

    /// Lower-case letters and digits, everything else one hyphen: "KVO Bedrijventerrein De Hoek"
    /// gives "kvo-bedrijventerrein-de-hoek".
    static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                out.append(ch)
            } else if !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "dossier" : out
    }
}
