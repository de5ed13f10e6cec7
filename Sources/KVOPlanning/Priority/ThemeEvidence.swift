import KVOModel

/// What the dossier says about each theme, with its parts (§4.1.4 weighs these): the share of
/// survey answers that report a problem, incidents counted through the category-to-theme mapping
/// with their trend per year, and the negative inspection findings, recurring ones apart.
package struct ThemeEvidence: Sendable, Equatable {
    package let theme: String
    /// Problem answers / all answers over the theme's subjects, per park ID (and "all").
    package var surveyProblemShare: [String: Double] = [:]
    /// Incidents per calendar year.
    package var incidentsByYear: [Int: Int] = [:]
    package var negativeFindings = 0
    /// Negative findings that recur (`Handbook.InspectionPoints`: linked by `recurs`, or at the same
    /// location in another inspection).
    package var recurringFindings = 0

    package var incidents: Int { incidentsByYear.values.reduce(0, +) }

    /// The change from the second-last to the last year with figures, or nil.
    package var trend: Int? {
        let years = incidentsByYear.keys.sorted()
        guard years.count >= 2 else { return nil }
        return incidentsByYear[years[years.count - 1]]! - incidentsByYear[years[years.count - 2]]!
    }

    /// Evidence for every theme of the handbook, from one dossier.
    package static func collect(_ dossier: Dossier) -> [ThemeEvidence] {
        var evidence = Dictionary(uniqueKeysWithValues: ThemeCatalogue.handbook.themes.map { ($0.id, ThemeEvidence(theme: $0.id)) })

        // Survey: per theme and park, problem answers over all answers.
        var answered: [String: [String: (problem: Int, all: Int)]] = [:]
        for r in dossier.results {
            // Whole numbers (JSONValue.wholeNumber), not Int(_:): a subject of 1e300 or a count beyond
            // largestWhole that bypassed the schema is skipped; within it, sums cannot overflow.
            guard let s = r.subject, let theme = ThemeCatalogue.handbook.theme(ofSubject: s)?.id,
                  let n = r.count else { continue }
            let park = r.park ?? "?"
            let problem = r.problem == true ? n : 0
            for key in [park, "all"] {
                var t = answered[theme, default: [:]][key] ?? (0, 0)
                t.problem += problem
                t.all += n
                answered[theme, default: [:]][key] = t
            }
        }
        for (theme, byPark) in answered {
            for (park, t) in byPark where t.all > 0 { evidence[theme]?.surveyProblemShare[park] = Double(t.problem) / Double(t.all) }
        }

        // Incidents: the dossier's mapping first, the default mapping for the rest.
        var mapping: [String: String] = [:]
        for m in dossier.categories {
            if let c = m.category, let t = m.theme { mapping[c.lowercased()] = t }
        }
        // Thousands of incidents share a few dozen categories: look each one up once.
        var themeOf: [String: String?] = [:]
        for r in dossier.incidents {
            guard let category = r.category else { continue }
            let found: String?
            if let known = themeOf[category] {
                found = known
            } else {
                found = mapping[category.lowercased()] ?? CategoryThemes.defaultTheme(for: category)
                themeOf[category] = .some(found)
            }
            guard let theme = found else { continue }
            // The incident's year: of its date, else of the start of its period.
            guard let year = (r.date ?? r.from)?.year else { continue }
            // No count is one incident; a count that is no whole number within largestWhole none.
            let count = r.count ?? (r.record.has(IncidentRecord.Field.count) ? 0 : 1)
            evidence[theme]?.incidentsByYear[year, default: 0] += count
        }

        // Inspections: negative findings per theme; recurring ones as §4.2.4 reads them, the
        // reading KVO-4.2.4-INSPECTION-POINTS uses too (Handbook.InspectionPoints).
        let negatives = dossier.findings.filter(Handbook.InspectionPoints.isNegative)
        let recurring = Handbook.InspectionPoints.recurring(dossier.findings)
        for f in negatives {
            guard let theme = f.theme else { continue }
            evidence[theme]?.negativeFindings += 1
            if recurring.contains(f.id) { evidence[theme]?.recurringFindings += 1 }
        }
        return ThemeCatalogue.handbook.themes.compactMap { evidence[$0.id] }
    }
}

/// A sensible default for incident categories the dossier does not map (Dutch and English
/// words as police, fire brigade and municipality use them). The dossier's own `categories`
/// records always win.
package enum CategoryThemes {
    static let keywords: [(words: [String], theme: String)] = [
        (["inbraak", "diefstal", "burglary", "theft", "bedreiging", "agressie", "intimidatie"], "T02"),
        (["verlichting", "lantaarn", "lighting", "camera", "leegstand", "vacan"], "T03"),
        (["zwerfvuil", "afval", "dump", "stort", "litter", "groen", "bestrating", "riool", "onderhoud"], "T04"),
        (["overlast", "vernieling", "vandal", "graffiti", "rondhangen", "nuisance", "ongedierte", "stank"], "T05"),
        (["verkeer", "parkeer", "parkeren", "ongeval", "aanrijding", "traffic", "parking", "snelheid"], "T06"),
        (["brand", "fire", "rook", "smoke", "alarm"], "T07"),
        (["calamiteit", "stroomstoring", "evacuatie", "emergency"], "T08"),
        (["drugs", "ondermijning", "hennep", "witwas", "mensenhandel", "subversi"], "T10"),
        (["cyber", "phishing", "hack", "ransomware", "fraude", "fraud"], "T11"),
    ]

    package static func defaultTheme(for category: String) -> String? {
        let c = category.lowercased()
        return keywords.first { entry in entry.words.contains { c.contains($0) } }?.theme
    }
}
