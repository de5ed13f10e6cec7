/// The journal beside a dossier (`NAME.json.journal`): every amendment is appended and flushed
/// before the command is acknowledged, and the journal is removed once the dossier is saved. If
/// kvo dies in between, the next open finds the journal and offers to replay it.
public struct Journal: Sendable {
    public let path: String

    public init(dossierPath: String) { self.path = dossierPath + ".journal" }

    public var exists: Bool { FileStore.exists(path) }

    public func append(_ amendment: Amendment) throws(FileStore.Failure) {
        let line: String
        do { line = try JSONWriter.compact(amendment.json) } catch { throw FileStore.Failure(message: error.message) }
        try FileStore.appendDurably(line, to: path)
    }

    /// The amendments in the journal. A last line cut short by a crash is left out: it was
    /// never acknowledged.
    public func read() throws(FileStore.Failure) -> [Amendment] {
        let bytes = try FileStore.read(path)
        var amendments: [Amendment] = []
        for line in bytes.split(separator: 0x0A) where !line.isEmpty {
            guard let value = try? JSONParser.parse(Array(line)), let amendment = Amendment(json: value) else { continue }
            amendments.append(amendment)
        }
        return amendments
    }

    public func discard() { FileStore.remove(path) }
}
