import KVOModel

/// Turns `field=value` pairs into a checked record: unknown fields, wrong types, missing
/// required fields and broken references are errors, and nothing is changed unless all is well.
struct RecordEditor {
    let context: CommandContext
    let workspace: Workspace
    let kind: RecordKind

    /// Applies the pairs to `record`; `null` (or an empty quoted string) removes a field.
    func apply(_ assignments: [ParsedArguments.Assignment], to record: Record) throws -> Record {
        var result = record
        var seen = Set<String>()
        for var a in assignments {
            // A field may be named in Dutch (uren=16): it is the English field from here on.
            a.name = FieldValues.fieldName(a.name, in: kind) ?? a.name
            guard seen.insert(a.name).inserted else {
                throw context.error(Message(en: "'\(a.name)' is given twice", nl: "'\(a.name)' staat er twee keer"), at: a.location, length: a.name.count)
            }
            if a.name == "id" {
                throw context.error(Message(en: "an ID cannot be changed", nl: "een ID kan niet worden gewijzigd"), at: a.location, length: 2,
                                    hint: Message(en: "IDs are stable: reports and other records refer to them",
                                                  nl: "ID's liggen vast: rapporten en andere gegevens verwijzen ernaar"))
            }
            guard let field = kind.field(a.name) else {
                throw context.error(Message(en: "\(kind.name) have no field '\(a.name)'", nl: "\(kind.name) hebben geen veld '\(a.name)'")
                                    + Suggestion.phrase(for: a.name, in: kind.fields.map(\.name)),
                                    at: a.location, length: a.name.count,
                                    hint: Message(en: "'kinds \(kind.name)' lists the fields", nl: "'soorten \(kind.name)' toont de velden"))
            }
            var value = try context.evaluate(a.value)
            if case .string(let s) = value, s == "null" || s.isEmpty { value = .null }
            if value == .null {
                if field.required {
                    throw context.error(Message(en: "\(a.name) is required for a \(kind.singular)", nl: "\(a.name) is verplicht voor \(kind.name)"),
                                        at: a.location, length: a.name.count)
                }
                result.fields[a.name] = nil
                continue
            }
            switch FieldValues.json(value, for: field.type) {
            case .success(let json): result.fields[a.name] = json
            case .failure(let problem):
                throw context.error("\(a.name): " + problem.message, at: a.value.location, length: a.value.length,
                                    hint: Message(en: "\(a.name) is ", nl: "\(a.name) is ") + field.type.described + ": " + field.summary)
            }
        }
        if let missing = kind.fields.first(where: { $0.required && (result[$0.name] == nil || result[$0.name] == .null) }) {
            throw context.error(Message(en: "a \(kind.singular) needs \(missing.name) (", nl: "\(kind.name) hebben \(missing.name) nodig (")
                                + missing.type.described + ")",
                                hint: Message(en: "add it as \(missing.name)=VALUE; 'kinds \(kind.name)' lists the fields",
                                              nl: "voeg het toe als \(missing.name)=WAARDE; 'soorten \(kind.name)' toont de velden"))
        }
        for broken in workspace.dossier.missingReferences(in: result, of: kind) {
            let location = assignments.first { $0.name == broken.field }
            let known = workspace.dossier.records(workspace.schema.kind(named: broken.target)!).map(\.id)
            throw context.error(Message(en: "\(broken.field): there is no \(workspace.schema.kind(named: broken.target)!.singular) \(broken.id)",
                                        nl: "\(broken.field): \(broken.id) staat niet in \(broken.target)")
                                + Suggestion.phrase(for: broken.id, in: known),
                                at: location?.value.location, length: location?.value.length ?? 1,
                                hint: Message(en: "list \(broken.target) shows the IDs", nl: "lijst \(broken.target) toont de ID's"))
        }
        return result
    }

    /// Records the amendment: journaled, applied, undoable.
    func commit(_ changes: [Change]) throws {
        let options = context.interpreter.options
        let amendment = Amendment(command: context.commandText, at: options.now(), by: options.user, changes: changes)
        do {
            try workspace.amend(amendment)
        } catch let failure as FileStore.Failure {
            throw context.error(Message(en: "not changed: the journal could not be written (", nl: "niet gewijzigd: het journaal kon niet worden geschreven (")
                                + failure.message + ")",
                                hint: Message(en: "without the journal a crash could lose this change; check the disk, or save",
                                              nl: "zonder journaal kan een crash deze wijziging kwijtraken; controleer de schijf, of bewaar"))
        }
    }
}
