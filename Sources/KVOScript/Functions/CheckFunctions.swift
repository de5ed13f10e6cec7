import KVOModel
import KVOChecks

/// Derived figures of the handbook, for expressions and scripts.
enum CheckFunctions {
    static let all: [FunctionSpec] = [
        FunctionSpec("response", "response(PARK)", arity: 1...1, summary: Message(en: "a park's survey response: responses / entrepreneurs, as a percentage",
                                                                          nl: "de respons op de enquête van een terrein: reacties / ondernemers, als percentage"),
                     example: "assert response(\"Noord\") >= required_response(\"Noord\")") { call in
            let park = try park(call)
            guard let n = park.entrepreneurs, n > 0, let r = park.surveyResponses else {
                let name = park.name ?? park.id
                throw FunctionError(Message(en: "\(name) has no entrepreneurs or surveyResponses recorded",
                                            nl: "bij \(name) zijn geen entrepreneurs of surveyResponses vastgelegd"), argument: 0)
            }
            return .percent(Double(r) / Double(n))
        },
        FunctionSpec("required_response", "required_response(PARK)", arity: 1...1,
                     summary: Message(en: "the minimum survey response for a park's size (§4.1.1: ", nl: "de minimale respons op de enquête voor de grootte van een terrein (§4.1.1: ")
                         + Handbook.Survey.bandPercents + ")",
                     example: "required_response(\"Noord\")  # 30%") { call in
            let park = try park(call)
            guard let n = park.entrepreneurs else {
                throw FunctionError(Message(en: "\(park.id) has no entrepreneurs recorded", nl: "bij \(park.id) is geen aantal ondernemers (entrepreneurs) vastgelegd"), argument: 0)
            }
            return .percent(Double(Handbook.Survey.minimumResponse(entrepreneurs: n)) / 100)
        },
        FunctionSpec("audit_hours", "audit_hours()", arity: 0...0, summary: Message(en: "the minimum audit time in hours for the number of parks (§6.3.1)",
                                                                                nl: "de minimale audittijd in uren voor het aantal terreinen (§6.3.1)"),
                     example: "audit_hours()  # \(Handbook.Audit.hours(parks: 1) ?? 0) for one park") { call in
            let parks = try workspace(call).dossier.count(.parks)
            // Beyond the largest cluster §3.1.1 allows, the table's last row (KVO-3.1.1-CLUSTER-SIZE fails there).
            return .number(Double(Handbook.Audit.hours(parks: min(parks, Handbook.Area.maximumClusterParks)) ?? 0))
        },
        FunctionSpec("certificate_expiry", "certificate_expiry()", arity: 0...0, summary: Message(en: "when the latest certificate expires (\(Handbook.Certificate.validityYears) years after issue), or null",
                                                                                                     nl: "wanneer het laatste certificaat verloopt (\(Handbook.Certificate.validityYears) jaar na uitgifte), of null"),
                     example: "days_until(certificate_expiry())") { call in
            let issued = try judged(call).dossier.certificates.compactMap(\.issued).max()
            return issued.map { .date(Handbook.Certificate.expiry(issued: $0)) } ?? .null
        },
        FunctionSpec("plan_year", "plan_year([DATE])", arity: 0...1, summary: Message(en: "the plan year (1, 2 or 3) a date falls in, counted from the plan's adoption; null outside",
                                                                                   nl: "het planjaar (1, 2 of 3) waarin een datum valt, gerekend vanaf de vaststelling van het plan; null daarbuiten"),
                     example: "plan_year(today())") { call in
            let w = try workspace(call)
            var day = call.environment.options.today
            if call.arguments.count == 1 {
                guard case .date(let d) = call[0] else { throw FunctionError(Message(en: "DATE must be a date", nl: "DATUM moet een datum zijn"), argument: 0) }
                day = d
            }
            let context = CheckContext(dossier: w.dossier, asOf: day)
            guard !context.planYears.isEmpty else { throw FunctionError(Message(en: "the plan has no adoption date (set plan adopted=YYYY-MM-DD)",
                                                                                      nl: "het plan heeft geen datum van vaststelling (wijzig plan adopted=JJJJ-MM-DD)")) }
            return context.planYears.first { $0.contains(day) }.map { .number(Double($0.number)) } ?? .null
        },
        FunctionSpec("days_until", "days_until(DATE)", arity: 1...1, summary: Message(en: "days from the session's date to DATE (negative when past)",
                                                                                      nl: "dagen van de datum van de sessie tot DATUM (negatief als die voorbij is)"),
                     example: "days_until(2026-03-01)") { call in
            guard case .date(let d) = call[0] else { throw FunctionError(Message(en: "needs a date, got \(call[0].typeDescription.en)", nl: "verwacht een datum, niet \(call[0].typeDescription.nl)"), argument: 0) }
            return .number(Double(call.environment.options.today.days(until: d)))
        },
        FunctionSpec("passed", "passed(RULE)", arity: 1...1, summary: Message(en: "whether a rule is met (passed, info or n/a) on the open dossier as of the session's date",
                                                                            nl: "of een regel is voldaan (voldaan, info of n.v.t.) in het geopende dossier per de datum van de sessie"),
                     example: "assert passed(\"KVO-4.2.2-MANDATORY-THEMES\")") { call in
            let id = try call.string(0)
            guard let rule = RuleCatalogue.handbook.rule(id) else {
                throw FunctionError(Message(en: "no rule has the ID '\(id)'", nl: "geen regel heeft de ID '\(id)'") + Suggestion.phrase(for: id, in: RuleCatalogue.handbook.ids), argument: 0)
            }
            let (dossier, cache) = try judged(call)
            let result = Checker.check(rule, CheckContext(dossier: dossier, asOf: call.environment.options.today, cache: cache))
            return .bool([.pass, .info, .notApplicable, .waived].contains(result.status))
        },
        FunctionSpec("failed", "failed()", arity: 0...0, summary: Message(en: "the IDs of the musts that fail on the open dossier",
                                                                           nl: "de ID's van de eisen die in het geopende dossier niet zijn voldaan"),
                     example: "for id in failed()\n  explain id\nend") { call in
            let (dossier, cache) = try judged(call)
            let results = Checker.run(CheckContext(dossier: dossier, asOf: call.environment.options.today, cache: cache))
            return .list(results.filter { $0.status == .fail }.map { .string($0.rule.id) })
        },
    ]

    /// The open dossier as the session sees it (`kvo --as-of`: as it stood then), with its cache.
    static func judged(_ call: FunctionCall) throws -> (dossier: Dossier, cache: CheckCache) {
        try workspace(call).judged(asOf: call.environment.options.pointInTime)
    }

    static func workspace(_ call: FunctionCall) throws -> Workspace {
        guard let w = call.environment.workspace else { throw FunctionError(Message(en: "no dossier is open", nl: "er is geen dossier geopend")) }
        return w
    }

    /// A park by ID or by name.
    static func park(_ call: FunctionCall) throws -> ParkRecord {
        let w = try workspace(call)
        let key = try call.string(0)
        let parks = w.dossier.parks
        if let p = parks.first(where: { $0.id == key || $0.name == key }) { return p }
        throw FunctionError(Message(en: "no park is called '\(key)'", nl: "geen terrein heet '\(key)'") + Suggestion.phrase(for: key, in: parks.compactMap(\.name)), argument: 0)
    }
}
