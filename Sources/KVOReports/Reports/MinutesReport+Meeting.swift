import KVOModel

/// The minutes stored in the dossier (`minutes --store`): a meeting record of §4.3.1 with the
/// session's date, those present, its decisions and a short account of the rest, so that the
/// record of meetings (§5.2.1) and KVO-3.6-MINUTES find it.
extension MinutesReport {
    /// The meeting as the session gives it: `existing` (the meeting already recorded on that day)
    /// updated, else a new record (its ID comes from the change set that adds it).
    package static func meeting(_ c: ReportContext, session s: SessionRecord, updating existing: MeetingRecord?) -> MeetingRecord {
        var m = existing ?? MeetingRecord()
        m.date = s.date
        if let present = s.present { m.attendees = present }
        m.decisions = decisions(c, s)
        m.minutes = account(c, s)
        return m
    }

    /// One paragraph: what the minutes hold besides the decisions.
    static func account(_ c: ReportContext, _ s: SessionRecord) -> String {
        let votes = s.netChanges(of: .votes).filter { $0.after != nil }.count
        let changed = s.netChanges.map(\.id)
        let open = openPoints(c, s)
        let date = c.language.date(s.date)
        var text = Message(en: "Minutes of the session of \(date), made by kvo: ", nl: "Notulen van de sessie van \(date), opgesteld door kvo: ")
        text += Noun(en: "vote", "votes", nl: "stem", "stemmen").counted(votes) + Message(en: " recorded, ", nl: " vastgelegd, ")
        text += Noun(en: "record", "records", nl: "gegeven", "gegevens").counted(changed.count)
            + Message(en: " changed", nl: " gewijzigd") + (changed.isEmpty ? "" : " (" + changed.joined(separator: ", ") + ")") + ". "
        if open.isEmpty {
            text += Message(en: "No open points.", nl: "Geen openstaande punten.")
        } else {
            text += Message(en: "Open points: ", nl: "Openstaande punten: ") + open.joined(separator: "; ") + "."
        }
        return c.text(text)
    }
}
