import KVOModel

/// §4.1.2: municipal public-space reports cover at least one whole year before the analysis, handled reports included.
///
/// "Handled reports included" is shown by at least one report of the period marked handled=true;
/// when no report says whether it was handled, the rule asks for it.
struct MunicipalFigures: RuleEvaluator {
    let id = "KVO-4.1.2-MUNICIPAL-FIGURES"

    func evaluate(_ c: CheckContext) -> Finding {
        let (outcome, records) = IncidentFigures(source: .municipality, en: "Municipal", nl: "gemeente").judge(c)
        switch outcome {
        case .short(let m, let short): return .notMet(m, short: short)
        case .missing(let m): return .missing(m)
        case .covered(let m):
            // Tallied where they stand: filtering copied some 10,000 facts (issue 15).
            let handled = records.tally { $0.handled == true }
            let open = records.tally { $0.handled == false }
            if handled.records > 0 {
                let h = handled.total, o = open.total
                return .met(Message(en: String(m.en.dropLast()) + ", \(h) of them handled and \(o) not yet.",
                                    nl: String(m.nl.dropLast()) + ", waarvan \(h) afgehandeld en \(o) nog niet."))
            }
            if open.records > 0 {
                return .notMet(Message(en: String(m.en.dropLast()) + ", but all \(open.total) are reports not yet handled: the handled reports are left out.",
                                       nl: String(m.nl.dropLast()) + ", maar alle \(open.total) zijn nog niet afgehandelde meldingen: de afgehandelde meldingen ontbreken."),
                               short: Message(en: "Ask the municipality for the reports already handled in the same period and add them with handled=true.",
                                              nl: "Vraag de gemeente om de al afgehandelde meldingen over dezelfde periode en voeg ze toe met handled=true."))
            }
            return .missing(Message(en: String(m.en.dropLast()) + ", but no report says whether it was handled; mark them handled=true or handled=false to show the handled reports are included.",
                                    nl: String(m.nl.dropLast()) + ", maar bij geen enkele melding staat of hij is afgehandeld; markeer ze handled=true of handled=false om te laten zien dat de afgehandelde meldingen zijn meegenomen."))
        }
    }
}
