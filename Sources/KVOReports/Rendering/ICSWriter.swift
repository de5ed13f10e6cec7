import KVOModel

/// Writes calendar events as an iCalendar file (RFC 5545) that Outlook and Google Calendar
/// import: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values
/// escaped, every event all-day (`VALUE=DATE`, the end the day after) and with a UID that stays
/// the same from one export to the next, so that importing again updates rather than duplicates.
package struct ICSWriter: Sendable {
    /// Names the calendar and is the first part of every UID.
    package let dossierName: String
    package let language: Language
    /// DTSTAMP of every event: the day the calendar was made, at midnight UTC, so that the same
    /// dossier on the same day gives the same file.
    package let stamp: Day

    package init(dossierName: String, language: Language, stamp: Day) {
        self.dossierName = dossierName
        self.language = language
        self.stamp = stamp
    }

    package func write(_ events: [CalendarEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//kvo//KVO Bedrijventerreinen//" + language.rawValue.uppercased(),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(dossierName),
        ]
        let stampText = Self.date(stamp) + "T000000Z"
        for e in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape(e.uid(dossier: dossierName)),
                "DTSTAMP:" + stampText,
                "DTSTART;VALUE=DATE:" + Self.date(e.day),
                "DTEND;VALUE=DATE:" + Self.date(e.day.adding(days: 1)),
                "SUMMARY:" + Self.escape(e.title.text(language)),
            ]
            // Where the date comes from, unless the details say so already.
            var details = e.details.text(language)
            if !details.contains(e.kind.paragraph) {
                details += (details.isEmpty ? "" : " ") + Message(en: "(handbook \(e.kind.paragraph))", nl: "(handboek \(e.kind.paragraph))").text(language)
            }
            lines.append("DESCRIPTION:" + Self.escape(details))
            lines.append("CATEGORIES:KVO")
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined()
    }

    /// YYYYMMDD (RFC 5545 §3.3.4).
    static func date(_ day: Day) -> String {
        let (y, m, d) = day.components
        func digits(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return digits(y, 4) + digits(m, 2) + digits(d, 2)
    }

    /// A TEXT value (§3.3.11): backslash, semicolon, comma and newline escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    /// One content line with its CRLF, folded (§3.1): no line longer than 75 octets; a
    /// continuation starts with a space, which counts towards its 75.
    static func fold(_ line: String) -> String {
        var out = "", current = 0
        for ch in line {
            let size = String(ch).utf8.count
            if current + size > 75 {
                out += "\r\n "
                current = 1
            }
            out.append(ch)
            current += size
        }
        return out + "\r\n"
    }
}
