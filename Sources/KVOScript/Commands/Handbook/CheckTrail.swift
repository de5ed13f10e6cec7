import KVOModel

/// `check RULE --trail`: the records and fields one rule's verdict read, with the values it read,
/// in the order first read. The reads are the rule's own (`FieldTrail` notes every field read
/// while the rule runs), so the trail cannot drift from the rule's code.
struct CheckTrail {
    let trail: FieldTrail
    let dossier: Dossier
    let context: CommandContext

    /// More reads than this are counted, not listed: a rule over every incident reads thousands.
    static let shownReads = 400

    func write() throws {
        let language = context.language
        let reads = trail.reads
        let rows = reads.prefix(Self.shownReads).map { r -> [String] in
            let (id, kind) = place(r)
            let type = kind?.field(r.field)?.type
            let value = r.value.map { FieldValues.value($0, type: type).literal } ?? ChangeText.empty.text(language)
            return [id, r.field, Self.shortened(value)]
        }
        let headers = [Message(en: "record", nl: "gegeven"), Message(en: "field", nl: "veld"), Message(en: "value read", nl: "gelezen waarde")]
        let table = Table(headers: headers.map { $0.text(language) }, rows: rows)
        let records = Set(reads.map { place($0).id }).count
        switch context.outputFormat(default: .table) {
        case .json:
            break  // in the check's own JSON (`json(adding:)`)
        case .table:
            context.write("\n")
            context.sayFitted(Message(en: "Trail: the verdict read \(reads.count) \(reads.count == 1 ? "field" : "fields") of \(records) \(records == 1 ? "record" : "records"):\n",
                                      nl: "Spoor: het oordeel las \(reads.count) \(reads.count == 1 ? "veld" : "velden") van \(records) \(records == 1 ? "gegeven" : "gegevens"):\n"))
            if !rows.isEmpty { context.write(table.rendered(width: context.width)) }
            if reads.count > Self.shownReads {
                context.say(Message(en: "… and \(reads.count - Self.shownReads) more reads (as json lists them all)\n",
                                    nl: "… en nog \(reads.count - Self.shownReads) gelezen velden (als json toont ze allemaal)\n"))
            }
        default:
            context.write(table.csv)
        }
    }

    /// The check's JSON with the trail added under "trail".
    func json(adding check: JSONValue) -> JSONValue {
        guard case .object(var o) = check else { return check }
        o["trail"] = .array(trail.reads.map { r in
            .object([Record.idField: .string(place(r).id), "field": .string(r.field), "value": r.value ?? .null])
        })
        return .object(o)
    }

    /// The record's ID and kind; a section that exists once is named by its kind, found as the
    /// section holding that field with that value.
    private func place(_ r: FieldTrail.Read) -> (id: String, kind: RecordKind?) {
        if !r.id.isEmpty { return (r.id, dossier.record(r.id)?.kind) }
        let sections = dossier.schema.kinds.filter { $0.isSingleton && $0.field(r.field) != nil }
        let holding = sections.first { dossier.record($0.name)?.record[r.field] == r.value } ?? sections.first
        return (holding?.name ?? "?", holding)
    }

    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 70 ? String(flat.prefix(69)) + "…" : flat
    }
}
