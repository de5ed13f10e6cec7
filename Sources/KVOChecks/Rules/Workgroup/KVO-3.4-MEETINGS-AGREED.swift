import KVOModel

/// §3.4: the agreed number of workgroup meetings per year (organisation.meetingsPerYear) is at least 3.
struct MeetingsAgreed: RuleEvaluator {
    let id = "KVO-3.4-MEETINGS-AGREED"

    func evaluate(_ c: CheckContext) -> Finding {
        let minimum = Handbook.Workgroup.minimumMeetingsPerYear
        guard let agreed = c.organisation.meetingsPerYear else {
            return .missing(Message(en: "The agreed number of workgroup meetings per year is not recorded; set organisation meetingsPerYear=4 (at least \(minimum)).",
                                    nl: "Het afgesproken aantal werkgroepbijeenkomsten per jaar is niet vastgelegd; wijzig organisation meetingsPerYear=4 (minimaal \(minimum))."))
        }
        if Handbook.Workgroup.allows(meetingsPerYear: agreed) {
            return .met(Message(en: "The workgroup agreed on \(agreed) meetings per year, at least \(minimum) required.",
                                nl: "De werkgroep heeft \(agreed) bijeenkomsten per jaar afgesproken, minimaal \(minimum) vereist."))
        }
        let short = minimum - agreed
        return .notMet(Message(en: "The workgroup agreed on \(agreed) meeting\(agreed == 1 ? "" : "s") per year; at least \(minimum) are required.",
                               nl: "De werkgroep heeft \(agreed) bijeenkomst\(agreed == 1 ? "" : "en") per jaar afgesproken; minimaal \(minimum) vereist."),
                       short: Message(en: "\(short) meeting\(short == 1 ? "" : "s") per year short: agree on at least \(minimum), then set organisation meetingsPerYear=\(minimum).",
                                      nl: "\(short) bijeenkomst\(short == 1 ? "" : "en") per jaar te weinig: spreek er minimaal \(minimum) af, daarna wijzig organisation meetingsPerYear=\(minimum)."))
    }
}
