import KVOModel

/// §3.2: phone numbers and e-mail addresses never appear in a published document (personal fields, publications' texts).
struct ContactPrivacy: RuleEvaluator {
    let id = "KVO-3.2-PRIVACY"

    // What the dossier can show: that members.phone and members.email are marked personal in the
    // schema, which is what every export meant for publication redacts by; and that no recorded
    // publication quotes a phone number or e-mail address in its title or medium. The exports
    // themselves are tested where they are written.
    func evaluate(_ c: CheckContext) -> Finding {
        let kind = c.dossier.schema.kind(named: MemberRecord.kind.name)
        let unmarked = [MemberRecord.Field.phone, MemberRecord.Field.email].filter { kind?.field($0)?.personal != true }
        if !unmarked.isEmpty {
            let fields = unmarked.map { "members.\($0)" }
            return .notMet(Message(en: "\(Language.en.list(fields)) \(fields.count == 1 ? "is" : "are") not marked personal in the dossier schema, so exports for publication would not redact \(fields.count == 1 ? "it" : "them").",
                                   nl: "\(Language.nl.list(fields)) \(fields.count == 1 ? "is" : "zijn") in het dossierschema niet als persoonsgegeven gemarkeerd, dus exports voor publicatie laten ze staan."),
                           short: Message(en: "Mark \(Language.en.list(fields)) personal in the schema (a defect of kvo, not of the dossier).",
                                          nl: "Markeer \(Language.nl.list(fields)) als persoonsgegeven in het schema (een fout in kvo, niet in het dossier)."))
        }
        // Every member ever recorded: a former member's phone number must not be published either.
        let members = c.members
        let known = members.flatMap { [$0.phone, $0.email].compactMap { $0 } }.map { $0.lowercased() }
        let withContact = members.filter { $0.phone != nil || $0.email != nil }.count
        let publications = c.publications
        var leaksEN: [String] = [], leaksNL: [String] = []
        for p in publications {
            for (field, text) in [(PublicationRecord.Field.title, p.title), (PublicationRecord.Field.medium, p.medium)] {
                guard let text else { continue }
                let lower = text.lowercased()
                let found = Set(known.filter { TextSearch.contains(lower, $0) } + Self.emailAddresses(in: text) + Self.phoneNumbers(in: text)).sorted()
                if !found.isEmpty {
                    leaksEN.append("\(p.id) \(field) \"\(text)\" shows \(Language.en.list(found))")
                    leaksNL.append("\(p.id) \(field) \"\(text)\" toont \(Language.nl.list(found))")
                }
            }
        }
        if !leaksEN.isEmpty {
            return .notMet(Message(en: "A publication shows contact data: \(leaksEN.joined(separator: "; ")).",
                                   nl: "Een publicatie toont contactgegevens: \(leaksNL.joined(separator: "; "))."),
                           short: Message(en: "Phone numbers and e-mail addresses never appear in a published document: take them out of \(leaksEN.count) publication text\(leaksEN.count == 1 ? "" : "s").",
                                          nl: "Telefoonnummers en e-mailadressen komen nooit in een gepubliceerd document: haal ze uit \(leaksEN.count) publicatietekst\(leaksEN.count == 1 ? "" : "en")."))
        }
        let pubs: Message = switch publications.count {
        case 0: Message(en: "no publication is recorded", nl: "er is geen publicatie vastgelegd")
        case 1: Message(en: "the one publication shows none", nl: "de ene publicatie toont er geen")
        default: Message(en: "none of the \(publications.count) publications shows one", nl: "geen van de \(publications.count) publicaties toont er een")
        }
        return .met(Message(en: "Phone numbers and e-mail addresses (recorded for \(withContact) of \(members.count) members) are personal fields that exports for publication redact, and \(pubs.en).",
                            nl: "Telefoonnummers en e-mailadressen (vastgelegd voor \(withContact) van \(members.count) leden) zijn persoonsgegevens die exports voor publicatie weglaten, en \(pubs.nl)."))
    }

    /// Words with an "@" followed by a dot: jan@example.nl.
    static func emailAddresses(in text: String) -> [String] {
        text.split(whereSeparator: isWordSeparator).map { String($0).lowercased() }.filter { word in
            guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
            let domain = word[word.index(after: at)...]
            return domain.contains(".") && domain.last != "."
        }
    }

    /// The characters that end a word when looking for e-mail addresses: space , ; : ( ) < > [ ] " '
    /// (a switch, not a search through a string of them, which cost a Character walk per letter).
    static func isWordSeparator(_ ch: Character) -> Bool {
        switch ch {
        case " ", ",", ";", ":", "(", ")", "<", ">", "[", "]", "\"", "'": true
        default: false
        }
    }

    /// Runs of digits and separators that start with 0 or + and hold 10 to 12 digits: 06-12345678,
    /// +31 6 1234 5678, (040) 123 4567. Years and year ranges ("2025-2028") do not qualify.
    static func phoneNumbers(in text: String) -> [String] {
        var found: [String] = [], run = "", digits = 0
        func flush() {
            while let last = run.last, !last.isASCII || !last.isNumber { run.removeLast() }
            if let first = run.first, first == "0" || first == "+" || first == "(", (10...12).contains(digits) { found.append(run) }
            run = ""; digits = 0
        }
        for ch in text {
            if ch.isASCII && ch.isNumber {
                run.append(ch); digits += 1
            } else if ch == "+" || ch == "(" {
                if digits == 0 { run = String(ch) } else { flush(); run = String(ch) }
            } else if (ch == "-" || ch == " " || ch == ")") && !run.isEmpty {
                run.append(ch)
            } else {
                flush()
            }
        }
        flush()
        return found
    }
}
