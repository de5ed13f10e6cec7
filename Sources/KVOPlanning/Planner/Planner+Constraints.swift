import KVOModel

/// How a proposal stands against each constraint of the handbook, with the reason in English and
/// Dutch (`PlanConstraint`).
extension Planner {
    func goalCoverage(_ goalThemes: Set<String>) -> PlanConstraint {
        let mandatory = Handbook.Survey.mandatoryThemes.map(\.id)
        let covered = mandatory.filter(goalThemes.contains)
        let survey = dossier.survey
        let subjects = survey.subjects
        var chosen: [String] = []
        for s in subjects {
            if let t = ThemeCatalogue.handbook.theme(ofSubject: s), !t.mandatory, !chosen.contains(t.id) { chosen.append(t.id) }
        }
        let own = survey.ownThemes
        func key(_ s: String) -> String { (s.hasPrefix("own:") ? String(s.dropFirst(4)) : s).lowercased() }
        let ownCovered = Set(goalThemes.map(key))
        let missingChosen = chosen.sorted().filter { !goalThemes.contains($0) } + own.filter { !ownCovered.contains(key($0)) }.map { "\"\($0)\"" }
        let lacking = mandatory.filter { !goalThemes.contains($0) }
        let least = Handbook.Plan.minimumMandatoryThemesWithGoal
        if covered.count >= least && missingChosen.isEmpty {
            let chosenEN = chosen.isEmpty && own.isEmpty ? "" : " and every chosen optional or own theme (\(Language.en.list(chosen.sorted() + own.map { "\"\($0)\"" })))"
            let chosenNL = chosen.isEmpty && own.isEmpty ? "" : " en elk gekozen optioneel of eigen thema (\(Language.nl.list(chosen.sorted() + own.map { "\"\($0)\"" })))"
            return PlanConstraint(.goals, .met, en: "\(covered.count) of the \(mandatory.count) mandatory themes have a goal (at least \(least))\(chosenEN).",
                                  nl: "\(covered.count) van de \(mandatory.count) verplichte thema's hebben een doelstelling (minimaal \(least))\(chosenNL).")
        }
        var en: [String] = [], nl: [String] = []
        if covered.count < least {
            en.append("\(covered.isEmpty ? "none" : "only \(covered.count)") of the \(mandatory.count) mandatory themes \(covered.count == 1 ? "has" : "have") a goal, at least \(least) are needed: add goals for \(least - covered.count) of \(Language.en.list(lacking))")
            nl.append("\(covered.isEmpty ? "geen" : "maar \(covered.count)") van de \(mandatory.count) verplichte thema's \(covered.count == 1 ? "heeft" : "hebben") een doelstelling, minimaal \(least) nodig: voeg doelen toe voor \(least - covered.count) van \(Language.nl.list(lacking))")
        }
        if !missingChosen.isEmpty {
            en.append("the chosen theme\(missingChosen.count == 1 ? "" : "s") \(Language.en.list(missingChosen)) \(missingChosen.count == 1 ? "has" : "have") no goal")
            nl.append("\(missingChosen.count == 1 ? "het gekozen thema" : "de gekozen thema's") \(Language.nl.list(missingChosen)) \(missingChosen.count == 1 ? "heeft" : "hebben") geen doelstelling")
        }
        return PlanConstraint(.goals, .unmet, en: Phrase.capitalised(en.joined(separator: "; ")) + " (a goal is the workgroup's to word: add goal \"DESCRIPTION\" theme=Tnn).",
                              nl: Phrase.capitalised(nl.joined(separator: "; ")) + " (een doel formuleert de werkgroep zelf: add goal \"OMSCHRIJVING\" theme=Tnn).")
    }

    /// §4.2.5 judged after placement, by the handbook layer's predicate `check` uses too
    /// (`Handbook.Plan.fixedShortfalls`), so that `plan` never applies a plan `check` then fails:
    /// a fixed measure that found no room in its plan year and went elsewhere leaves the year short.
    func fixedConstraint(_ items: [Item], yearColumns: [Int: [Int]], pastShort: [(year: Int, kind: MeasureRecord.Fixed, missing: Int)], added: Int,
                         calendar: PlanCalendar) -> PlanConstraint {
        let yearOf = { (c: Int) in calendar.year(of: calendar.quarters[c])?.number }
        let placed = items.compactMap { it in it.fixed.map { ($0.rawValue, Set(it.columns.compactMap(yearOf))) } }
        let reported = Set(pastShort.map { "\($0.year) \($0.kind.rawValue)" })
        let shortfalls = Handbook.Plan.fixedShortfalls(years: Array(Handbook.Plan.yearNumbers), measures: placed)
            .filter { !reported.contains("\($0.year) \($0.kind)") }
        if !shortfalls.isEmpty {
            var en: [String] = [], nl: [String] = []
            for short in shortfalls {
                guard let kind = MeasureRecord.Fixed(rawValue: short.kind) else { continue }
                let cols = Set(yearColumns[short.year] ?? [])
                let strays = items.filter { it in
                    it.fixed == kind && it.movable && !it.window.isEmpty && cols.isSuperset(of: it.window) && !it.columns.contains(where: cols.contains)
                }
                let wentEN = strays.map { "\($0.id) found no room in it and went to \($0.first.map { "\(calendar.quarters[$0])" } ?? "no quarter")" }
                let wentNL = strays.map { "\($0.id) vond er geen ruimte en ging naar \($0.first.map { "\(calendar.quarters[$0])" } ?? "geen kwartaal")" }
                let lackEN = short.need == 1 ? "would lack \(Self.fixedName(kind, 1).en)" : "would hold \(short.have) of the \(Self.fixedName(kind, short.need).en)"
                let lackNL = short.need == 1 ? "zou \(Self.fixedName(kind, 1).nl) missen" : "zou \(short.have) van de \(Self.fixedName(kind, short.need).nl) bevatten"
                en.append("plan year \(short.year) \(lackEN)" + (wentEN.isEmpty ? "" : ": " + Language.en.list(wentEN)))
                nl.append("planjaar \(short.year) \(lackNL)" + (wentNL.isEmpty ? "" : ": " + Language.nl.list(wentNL)))
            }
            for p in pastShort {
                en.append("plan year \(p.year) lacks \(Self.fixedName(p.kind, p.missing).en) and has no quarter left")
                nl.append("planjaar \(p.year) mist \(Self.fixedName(p.kind, p.missing).nl) en heeft geen kwartaal meer over")
            }
            return PlanConstraint(.fixed, .unmet,
                                  en: Phrase.capitalised(en.joined(separator: "; ")) + ". Raise the hours (plan --hours N, or set PA-n hoursPerQuarter=N) or give the measure to another party.",
                                  nl: Phrase.capitalised(nl.joined(separator: "; ")) + ". Verhoog de uren (plan --hours N, of set PA-n hoursPerQuarter=N) of geef de maatregel aan een andere partij.")
        }
        if pastShort.isEmpty {
            let addedEN = added == 0 ? "" : "; \(added) added"
            let addedNL = added == 0 ? "" : "; \(added) toegevoegd"
            return PlanConstraint(.fixed, .met, en: "Each plan year holds a day and an evening inspection, an interim evaluation, \(Handbook.Plan.fixedPerYear(MeasureRecord.Fixed.communication.rawValue)) communications and \(Handbook.Plan.fixedPerYear(MeasureRecord.Fixed.delivery.rawValue)) deliveries of incident figures\(addedEN).",
                                  nl: "Elk planjaar bevat een dag- en avondschouw, een tussentijdse evaluatie, \(Handbook.Plan.fixedPerYear(MeasureRecord.Fixed.communication.rawValue)) communicatie-uitingen en \(Handbook.Plan.fixedPerYear(MeasureRecord.Fixed.delivery.rawValue)) aanleveringen van incidentcijfers\(addedNL).")
        }
        let en = pastShort.map { "plan year \($0.year) lacks \(Self.fixedName($0.kind, $0.missing).en) and has no quarter left" }
        let nl = pastShort.map { "planjaar \($0.year) mist \(Self.fixedName($0.kind, $0.missing).nl) en heeft geen kwartaal meer over" }
        return PlanConstraint(.fixed, .unmet, en: Phrase.capitalised(en.joined(separator: "; ")) + ".", nl: Phrase.capitalised(nl.joined(separator: "; ")) + ".")
    }

    func auditConstraint(_ items: [Item], cut: Int, calendar: PlanCalendar) -> PlanConstraint {
        let audit = settings.auditDate!
        let tally = firstAuditTally(items, calendar: calendar, audit: audit)
        let planned = items.filter { plannedBefore($0, cut: cut, calendar: calendar) }.map(Self.measure)
        let plannedInspection = planned.filter(\.isFromInspection), plannedCommunications = planned.filter(\.isCommunication)
        let inspection = tally.fromInspection.map(\.id) + plannedInspection.map(\.id)
        let measureIDs = Set(items.map(\.id))
        let communications = tally.communications.map(\.id).filter(measureIDs.contains) + plannedCommunications.map(\.id)
        let byEN = cut >= 0 ? "by \(calendar.quarters[cut]), before the first audit on \(audit)" : "before the first audit on \(audit)"
        let byNL = cut >= 0 ? "uiterlijk \(calendar.quarters[cut]), vóór de eerste audit op \(Language.nl.date(audit))" : "vóór de eerste audit op \(Language.nl.date(audit))"
        let verdict = tally.verdict(plannedFromInspection: plannedInspection.count, plannedCommunications: plannedCommunications.count)
        switch verdict {
        case .met:
            return PlanConstraint(.firstAudit, .met,
                                  en: "\(inspection.count) measures from the inspection (\(Language.en.list(inspection))) and \(communications.isEmpty ? "a communication already sent" : "communication \(communications[0])") are done \(byEN).",
                                  nl: "\(inspection.count) maatregelen uit de schouw (\(Language.nl.list(inspection))) en \(communications.isEmpty ? "een al verzonden communicatie" : "communicatie \(communications[0])") zijn klaar \(byNL).")
        case .undated(let undated):
            let ids = undated.map(\.id)
            return PlanConstraint(.firstAudit, .unknown,
                                  en: "\(Language.en.list(ids)) \(ids.count == 1 ? "is" : "are") done but without a done date, so it cannot be told whether \(ids.count == 1 ? "it was" : "they were") done by the first audit on \(audit): set \(ids[0]) done=YYYY-MM-DD.",
                                  nl: "\(Language.nl.list(ids)) \(ids.count == 1 ? "is" : "zijn") gereed maar zonder datum, dus niet te zeggen of \(ids.count == 1 ? "die" : "ze") vóór de eerste audit op \(Language.nl.date(audit)) klaar \(ids.count == 1 ? "was" : "waren"): set \(ids[0]) done=JJJJ-MM-DD.")
        case .short(let inspectionShort, let communicationShort):
            let needed = Handbook.FirstAudit.fromInspection
            let findings = items.filter(\.finding).map(\.id)
            var en: [String] = [], nl: [String] = []
            if inspectionShort > 0 {
                if findings.count < needed {
                    en.append("only \(findings.count) measure\(findings.count == 1 ? "" : "s") come\(findings.count == 1 ? "s" : "") from an inspection finding\(findings.isEmpty ? "" : " (\(Language.en.list(findings)))"); add \(needed - findings.count) with finding=F-n")
                    nl.append("maar \(findings.count) maatregel\(findings.count == 1 ? " komt" : "en komen") uit een schouwbevinding\(findings.isEmpty ? "" : " (\(Language.nl.list(findings)))"); voeg er \(needed - findings.count) toe met finding=F-n")
                } else {
                    en.append("only \(inspection.count) of the measures from the inspection can be done \(byEN) (the others are in progress elsewhere, wait for other measures, or lack room)")
                    nl.append("maar \(inspection.count) van de maatregelen uit de schouw kunnen klaar zijn \(byNL) (de andere lopen al, wachten op andere maatregelen of passen niet)")
                }
            }
            if communicationShort > 0 {
                en.append("no communication to the entrepreneurs is done \(byEN)")
                nl.append("er is geen communicatie naar de ondernemers klaar \(byNL)")
            }
            return PlanConstraint(.firstAudit, .unmet, en: Phrase.capitalised(en.joined(separator: "; ")) + ".", nl: Phrase.capitalised(nl.joined(separator: "; ")) + ".")
        }
    }

    func spreadConstraint(_ items: [Item], parties: [String]) -> PlanConstraint {
        guard !parties.isEmpty else {
            return PlanConstraint(.spread, .unknown, en: "No parties are recorded, so measures cannot be shared out: add party \"NAME\" type=....",
                                  nl: "Er zijn geen partijen vastgelegd, dus de maatregelen zijn niet te verdelen: add party \"NAAM\" type=....")
        }
        let total = items.filter { $0.party != nil }.count
        let counts = Dictionary(grouping: items.compactMap(\.party), by: { $0 }).mapValues(\.count)
        let shares = parties.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        let none = parties.filter { (counts[$0] ?? 0) == 0 }
        let over = parties.filter { (counts[$0] ?? 0) * 2 > total }
        if none.isEmpty && over.isEmpty {
            return PlanConstraint(.spread, .met, en: "Every party has measures and none more than half (\(shares)).",
                                  nl: "Elke partij heeft maatregelen en geen meer dan de helft (\(shares)).")
        }
        var en: [String] = [], nl: [String] = []
        if !none.isEmpty {
            en.append("\(Language.en.list(none)) \(none.count == 1 ? "has" : "have") no measure")
            nl.append("\(Language.nl.list(none)) \(none.count == 1 ? "heeft" : "hebben") geen maatregel")
        }
        for p in over {
            en.append("\(p) carries \(counts[p]!) of \(total), more than half")
            nl.append("\(p) draagt \(counts[p]!) van de \(total), meer dan de helft")
        }
        return PlanConstraint(.spread, .unmet, en: Phrase.capitalised(en.joined(separator: "; ")) + " (\(shares)); give measures to other parties with set M-n party=PA-n.",
                              nl: Phrase.capitalised(nl.joined(separator: "; ")) + " (\(shares)); geef maatregelen aan andere partijen met set M-n party=PA-n.")
    }
}
