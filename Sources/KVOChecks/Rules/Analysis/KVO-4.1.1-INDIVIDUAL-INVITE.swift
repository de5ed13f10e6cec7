import KVOModel

/// §4.1.1: the survey went out individually (1-to-1, protected link) to every entrepreneur of every park.
struct SurveyIndividualInvite: RuleEvaluator {
    let id = "KVO-4.1.1-INDIVIDUAL-INVITE"

    func evaluate(_ c: CheckContext) -> Finding {
        let parks = c.parks
        guard !parks.isEmpty else {
            return .missing(Message(en: "No parks are recorded; add them with: add park \"NAME\" entrepreneurs=N surveyInvited=N.",
                                    nl: "Er zijn geen terreinen vastgelegd; voeg ze toe met: voegtoe park \"NAAM\" entrepreneurs=N surveyInvited=N."))
        }
        guard let invitation = c.survey.invitation else {
            return .missing(Message(en: "How the survey invitations went out is not recorded; set survey invitation=individual (1-to-1 with a protected link), group or other.",
                                    nl: "Hoe de enquête is uitgezet is niet vastgelegd; wijzig survey invitation=individual (1 op 1 met een afgeschermde link), group of other."))
        }
        guard invitation == .individual else {
            return .notMet(Message(en: "The survey invitations went out as \"\(invitation.rawValue)\", not individually (1-to-1 with a protected link).",
                                   nl: "De enquête is uitgezet als \"\(invitation.rawValue)\", niet persoonlijk (1 op 1 met een afgeschermde link)."),
                           short: Message(en: "Send the survey to every entrepreneur individually, each with a protected link.",
                                          nl: "Zet de enquête persoonlijk uit naar iedere ondernemer, ieder met een afgeschermde link."))
        }
        var partsEn: [String] = [], partsNl: [String] = []
        var shortEn: [String] = [], shortNl: [String] = []
        var unknown: [String] = [], unknownIDs: [String] = []
        for park in parks {
            let name = AnalysisSupport.parkName(park)
            guard let entrepreneurs = park.entrepreneurs, let invited = park.surveyInvited else {
                unknown.append(name)
                unknownIDs.append(park.id)
                continue
            }
            partsEn.append("\(name): \(invited) of \(entrepreneurs) entrepreneurs invited")
            partsNl.append("\(name): \(invited) van \(entrepreneurs) ondernemers uitgenodigd")
            if invited < entrepreneurs {
                let missed = entrepreneurs - invited
                shortEn.append("\(name): \(Language.en.count(missed, Noun(en: "entrepreneur was", "entrepreneurs were", nl: "ondernemer was", "ondernemers waren"))) not invited")
                shortNl.append("\(name): \(missed == 1 ? "1 ondernemer is" : "\(missed) ondernemers zijn") niet uitgenodigd")
            }
        }
        let unknownEn = unknown.isEmpty ? "" : "; not recorded for \(Language.en.list(unknown))"
        let unknownNl = unknown.isEmpty ? "" : "; niet vastgelegd voor \(Language.nl.list(unknown))"
        if !shortEn.isEmpty {
            return .notMet(Message(en: "The survey went out individually, but not to all entrepreneurs: \(partsEn.joined(separator: "; "))\(unknownEn).",
                                   nl: "De enquête is persoonlijk uitgezet, maar niet naar alle ondernemers: \(partsNl.joined(separator: "; "))\(unknownNl)."),
                           short: Message(en: shortEn.joined(separator: "; ") + ".", nl: shortNl.joined(separator: "; ") + "."))
        }
        if !unknown.isEmpty {
            return .missing(Message(en: "The survey went out individually, but the number of entrepreneurs invited is unknown for \(Language.en.list(unknown)); record it with set \(unknownIDs[0]) entrepreneurs=N surveyInvited=N.",
                                    nl: "De enquête is persoonlijk uitgezet, maar het aantal uitgenodigde ondernemers is onbekend voor \(Language.nl.list(unknown)); leg het vast met wijzig \(unknownIDs[0]) entrepreneurs=N surveyInvited=N."))
        }
        return .met(Message(en: "The survey went out individually (1-to-1, protected link) to all entrepreneurs: \(partsEn.joined(separator: "; ")).",
                            nl: "De enquête is persoonlijk uitgezet (1 op 1, afgeschermde link) naar alle ondernemers: \(partsNl.joined(separator: "; "))."))
    }
}
