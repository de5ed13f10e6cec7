import KVOModel

/// §4.1.3: in the analysis year and every ended plan year at least one inspection was attended by all workgroup members.
///
/// An inspection counts as attended by all when allMembers=true, or when its attendees include
/// every member of the workgroup on the inspection's date (members.joined/left: who left before
/// it, or joined after it, was no member then), whatever allMembers says: allMembers=false with
/// every member listed is a workgroup that was all there. Without attendees and allMembers the
/// attendance is not recorded.
struct InspectionAttendance: RuleEvaluator {
    let id = "KVO-4.1.3-ATTENDANCE"

    enum Presence { case all, some(present: Int, of: Int), unknown }

    static func presence(_ r: InspectionRecord, _ members: [MemberRecord]) -> Presence {
        let current = Set(members.filter { m in r.date.map(m.isMember(on:)) ?? true }.map(\.id))
        let attendees = Set(r.attendees)
        if r.allMembers == true { return .all }
        if !current.isEmpty && current.isSubset(of: attendees) { return .all }
        if r.allMembers == nil && attendees.isEmpty { return .unknown }
        return .some(present: attendees.intersection(current).count, of: current.count)
    }

    func evaluate(_ c: CheckContext) -> Finding {
        let held = AnalysisSupport.heldInspections(c)
        let members = c.members
        func presence(_ r: InspectionRecord) -> Presence { Self.presence(r, members) }
        var partsEn: [String] = [], partsNl: [String] = []
        var failEn: [String] = [], failNl: [String] = []
        var unknownEn: [String] = [], unknownNl: [String] = []
        let years = AnalysisSupport.inspectionYears(c)
        for year in years {
            let inYear = held.filter { year.contains($0.date!) }
            let label = { (r: InspectionRecord) in "\(r.id) (\(r.date!), \(r.time?.rawValue ?? "?"))" }
            let labelNl = { (r: InspectionRecord) in "\(r.id) (\(r.date!), \(r.time == .evening ? "avond" : r.time == .day ? "dag" : "?"))" }
            if let full = inYear.first(where: { if case .all = presence($0) { true } else { false } }) {
                partsEn.append("\(year.en): \(label(full)) with all members")
                partsNl.append("\(year.nl): \(labelNl(full)) met alle leden")
                continue
            }
            if inYear.isEmpty {
                partsEn.append("\(year.en): no inspection")
                partsNl.append("\(year.nl): geen schouw")
            } else {
                let described = inYear.map { r -> (String, String) in
                    switch presence(r) {
                    case .some(let n, let of) where of > 0:
                        return ("\(label(r)) \(n) of \(of) members", "\(labelNl(r)) \(n) van \(of) leden")
                    case .unknown:
                        return ("\(label(r)) attendance not recorded", "\(labelNl(r)) aanwezigheid niet vastgelegd")
                    default:
                        return ("\(label(r)) not all members", "\(labelNl(r)) niet alle leden")
                    }
                }
                partsEn.append("\(year.en): \(described.map(\.0).joined(separator: ", "))")
                partsNl.append("\(year.nl): \(described.map(\.1).joined(separator: ", "))")
            }
            guard year.judged else { continue }
            let unknown = inYear.filter { if case .unknown = presence($0) { true } else { false } }
            if unknown.isEmpty {
                failEn.append("\(year.shortEn) needs an inspection with all members")
                failNl.append("\(year.shortNl) heeft een schouw met alle leden nodig")
            } else {
                let ids = unknown.map(\.id)
                unknownEn.append("record who attended \(Language.en.list(ids)) (set \(ids[0]) allMembers=true or attendees=MB-1,MB-2,...)")
                unknownNl.append("leg vast wie bij \(Language.nl.list(ids)) aanwezig was (wijzig \(ids[0]) allMembers=true of attendees=MB-1,MB-2,...)")
            }
        }
        let en = "Inspections with the whole workgroup: " + partsEn.joined(separator: "; ") + "."
        let nl = "Schouwen met de hele werkgroep: " + partsNl.joined(separator: "; ") + "."
        guard years.contains(where: \.judged) else {
            return .notApplicable(Message(en: "Not judged yet: the analysis is not concluded and no plan year has ended; \(partsEn.joined(separator: "; ")).",
                                          nl: "Nog niet beoordeeld: de analyse is niet afgerond en er is geen planjaar voorbij; \(partsNl.joined(separator: "; "))."))
        }
        if !failEn.isEmpty {
            return .notMet(Message(en: en, nl: nl), short: Message(en: Phrase.capitalised(failEn.joined(separator: "; ")) + ".",
                                                        nl: Phrase.capitalised(failNl.joined(separator: "; ")) + "."))
        }
        if !unknownEn.isEmpty {
            return .missing(Message(en: String(en.dropLast()) + "; " + unknownEn.joined(separator: "; ") + ".",
                                    nl: String(nl.dropLast()) + "; " + unknownNl.joined(separator: "; ") + "."))
        }
        return .met(Message(en: en, nl: nl))
    }
}
