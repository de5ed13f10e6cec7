/// The journal beside a dossier (`NAME.json.journal`): every amendment is appended and flushed
/// before the command is acknowledged. Its first line names the file it applies to (a
/// `FileHash` of the dossier as read or last saved); a save appends the hash of the file it is
/// about to write, renames, and then removes the journal. So whatever moment kvo dies at, the
/// next open can tell the journal's state from the file on disk:
/// - the file is the one the journal applies to: its amendments were never saved, replay them;
/// - the file is the one a save was writing: the save completed, the journal is stale;
/// - neither: the file was changed by something else, and the journal no longer fits.
public struct Journal: Sendable {
    public let path: String

    /// `dossierPath` should be resolved (`FileSystem.resolved`): a link and its target share one journal.
    public init(dossierPath: String) { self.path = dossierPath + ".journal" }

    public var exists: Bool { FileSystem.exists(path) }

    static let format = "kvo-journal/1"

    /// What a journal holds.
    public struct Contents: Sendable {
        /// The file the amendments apply to; nil in a journal of an older kvo, which did not say.
        public var base: FileHash?
        /// The files saves were about to write, last one last.
        public var saves: [FileHash] = []
        public var amendments: [Amendment] = []
    }

    /// A line that is not what kvo writes: never skipped, since it may hold an acknowledged amendment.
    public struct Damage: Error, Sendable {
        public let path: String
        public let line: Int
        public let reason: Message

        public var message: Message {
            Message(en: "line \(line) of \(path) is damaged: ", nl: "regel \(line) van \(path) is beschadigd: ") + reason
        }
    }

    /// Appends an amendment, and before the first one the line naming the file it applies to.
    /// The line is read back before it is written: a value JSON cannot hold (a NaN) makes the
    /// amendment fail here, before it is acknowledged, instead of being lost on replay.
    public func append(_ amendment: Amendment, base: FileHash) throws {
        let line: String
        do { line = try JSONWriter.compact(amendment.json) } catch { throw Diagnostic(.runtime, error.message) }
        guard let back = try? JSONParser.parse(Array(line.utf8)), (try? Amendment(parsing: back)) == amendment else {
            throw Diagnostic(.runtime, Message(
                en: "cannot keep this amendment in the journal: it holds a value a dossier file cannot hold (a number that is not finite?)",
                nl: "kan deze wijziging niet in het journaal bewaren: ze bevat een waarde die een dossierbestand niet kan bevatten (een getal dat niet eindig is?)"))
        }
        // Strings only: these lines cannot hold a number the writer refuses.
        let header = exists ? "" : ((try? JSONWriter.compact(.object(["journal": .string(Journal.format), "file": .string(base.text)]))) ?? "") + "\n"
        try FileSystem.appendDurably(header + line, to: path)
    }

    /// Notes that a save is about to write the file `hash` names (before its rename).
    public func noteSave(of hash: FileHash) throws(IOError) {
        guard exists else { return }
        try FileSystem.appendDurably((try? JSONWriter.compact(.object(["saved": .string(hash.text)]))) ?? "", to: path)
    }

    /// The journal's contents. A last line without its line feed was cut short by a crash while it
    /// was written, so never acknowledged: it is left out. Any other line that does not read is
    /// damage, reported with its number.
    public func read() throws -> Contents {
        let bytes = try FileSystem.read(path)
        var contents = Contents()
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        lines.removeLast() // after the last line feed: empty, or a torn line
        for (i, line) in lines.enumerated() {
            do {
                try Journal.take(Array(line), first: i == 0, into: &contents)
            } catch {
                throw Damage(path: path, line: i + 1, reason: error.message)
            }
        }
        return contents
    }

    private static func take(_ line: [UInt8], first: Bool, into contents: inout Contents) throws(DossierError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw DossierError(message: Message(en: "not JSON (", nl: "geen JSON (") + error.message + ")")
        }
        if let format = value["journal"] {
            guard first, format.stringValue == Journal.format, let file = value["file"]?.stringValue else {
                throw DossierError(message: Message(en: "a journal header that is not kvo's", nl: "een journaalkop die niet van kvo is"))
            }
            contents.base = FileHash(text: file)
        } else if let saved = value["saved"] {
            guard let hash = saved.stringValue else {
                throw DossierError(message: Message(en: "a save mark without its file", nl: "een bewaarmarkering zonder bestand"))
            }
            contents.saves.append(FileHash(text: hash))
        } else {
            let amendment = try Amendment(parsing: value)
            for change in amendment.changes where Schema.dossier.kind(named: change.kind) == nil {
                throw DossierError(message: Message(en: "unknown kind \(change.kind)", nl: "onbekende soort \(change.kind)"))
            }
            contents.amendments.append(amendment)
        }
    }

    public func discard() { FileSystem.remove(path) }
}
