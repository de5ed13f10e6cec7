import KVOModel

/// §3.4: the agreed number of workgroup meetings per year (organisation.meetingsPerYear) is at least 3.
struct MeetingsAgreed: RuleEvaluator {
    let id = "KVO-3.4-MEETINGS-AGREED"

    func evaluate(_ c: CheckContext) -> Finding {
        guard let agreed = c.section("organisation").int("meetingsPerYear") else {
            return .missing(Message(en: "The agreed number of workgroup meetings per year is not recorded; set organisation meetingsPerYear=4 (at least 3).",
                                    nl: "Het afgesproken aantal werkgroepbijeenkomsten per jaar is niet vastgelegd; wijzig organisation meetingsPerYear=4 (minimaal 3)."))
        }
        if agreed >= 3 {
            return .met(Message(en: "The workgroup agreed on \(agreed) meetings per year, at least 3 required.",
                                nl: "De werkgroep heeft \(agreed) bijeenkomsten per jaar afgesproken, minimaal 3 vereist."))
        }
        let short = 3 - agreed
        return .notMet(Message(en: "The workgroup agreed on \(agreed) meeting\(agreed == 1 ? "" : "s") per year; at least 3 are required.",
                               nl: "De werkgroep heeft \(agreed) bijeenkomst\(agreed == 1 ? "" : "en") per jaar afgesproken; minimaal 3 vereist."),
                       short: Message(en: "\(short) meeting\(short == 1 ? "" : "s") per year short: agree on at least 3, then set organisation meetingsPerYear=3.",
                                      nl: "\(short) bijeenkomst\(short == 1 ? "" : "en") per jaar te weinig: spreek er minimaal 3 af, daarna wijzig organisation meetingsPerYear=3."))
    }
}
