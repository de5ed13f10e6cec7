import KVOModel

/// §4.1.3: each inspection report has a date and a list of those present.
///
/// The list of those present is the inspection's attendees; an inspection marked allMembers=true
/// has the member list as its list of those present: the members on the inspection's date
/// (members.joined/left).
struct InspectionReportMeta: RuleEvaluator {
    let id = "KVO-4.1.3-REPORT-META"

    func evaluate(_ c: CheckContext) -> Finding {
        let inspections = c.inspections
        let members = c.members
        // A planned inspection (after the as-of date) needs its list only once held.
        let judged = inspections.filter { $0.date.map { $0 <= c.asOf } ?? true }
        var lacksEn: [String] = [], lacksNl: [String] = [], fix: [String] = [], fixNl: [String] = []
        var presentEn: [String] = [], presentNl: [String] = []
        for r in judged {
            let attendees = r.attendees
            let present = members.filter { m in r.date.map(m.isMember(on:)) ?? true }
            let listed = !attendees.isEmpty || (r.allMembers == true && !present.isEmpty)
            var absentEn: [String] = [], absentNl: [String] = [], set: [String] = []
            if r.date == nil { absentEn.append("a date"); absentNl.append("een datum"); set.append("date=YYYY-MM-DD") }
            if !listed { absentEn.append("a list of those present"); absentNl.append("een lijst van aanwezigen"); set.append("attendees=MB-1,MB-2,...") }
            if absentEn.isEmpty {
                let n = attendees.isEmpty ? present.count : attendees.count
                presentEn.append("\(AnalysisSupport.inspectionLabel(r)) \(n) present")
                presentNl.append("\(AnalysisSupport.inspectionLabel(r)) \(n) aanwezig")
            } else {
                lacksEn.append("\(r.id) lacks \(Language.en.list(absentEn))")
                lacksNl.append("\(r.id) mist \(Language.nl.list(absentNl))")
                fix.append("set \(r.id) \(set.joined(separator: " "))")
                fixNl.append("wijzig \(r.id) \(set.joined(separator: " "))")
            }
        }
        guard !judged.isEmpty else {
            return .notApplicable(Message(en: "Applies once an inspection has taken place; none is dated on or before \(c.asOf).",
                                          nl: "Geldt zodra er een schouw is gehouden; er is er geen met datum op of vóór \(c.asOf)."))
        }
        if lacksEn.isEmpty {
            return .met(Message(en: "Every inspection held has a date and a list of those present: \(presentEn.joined(separator: ", ")).",
                                nl: "Elke gehouden schouw heeft een datum en een lijst van aanwezigen: \(presentNl.joined(separator: ", "))."))
        }
        return .notMet(Message(en: "\(lacksEn.count) of \(judged.count) inspections lack report details: \(lacksEn.joined(separator: "; ")).",
                               nl: "\(lacksNl.count) van de \(judged.count) schouwen missen rapportgegevens: \(lacksNl.joined(separator: "; "))."),
                       short: Message(en: "Record them: \(fix.joined(separator: "; ")).", nl: "Leg ze vast: \(fixNl.joined(separator: "; ")).")
        )
    }
}
