@_exported import KVOPlatform

/// The text of the platform layer's IOError in both languages. It is rendered here, not in
/// KVOPlatform, because `Message` and the languages live in KVOModel: the platform stays the
/// lowest layer and knows no words (the dependency runs one way, KVOModel -> KVOPlatform).
///
/// KVOModel re-exports KVOPlatform (`@_exported`) so that every layer above reaches the one
/// file API and IOError through KVOModel, as it reaches Message.
extension IOError {
    /// "cannot open PATH: no such file or folder" — the whole sentence.
    public var message: Message {
        let why = reasonMessage
        let p = path
        switch operation {
        case .open: return Message(en: "cannot open \(p): \(why.en)", nl: "kan \(p) niet openen: \(why.nl)")
        case .read: return Message(en: "cannot read \(p): \(why.en)", nl: "kan \(p) niet lezen: \(why.nl)")
        case .write: return Message(en: "cannot write \(p): \(why.en)", nl: "kan \(p) niet schrijven: \(why.nl)")
        case .flush: return Message(en: "cannot flush \(p): \(why.en)", nl: "kan \(p) niet naar schijf wegschrijven: \(why.nl)")
        case .replace: return Message(en: "cannot replace \(p): \(why.en)", nl: "kan \(p) niet vervangen: \(why.nl)")
        case .create: return Message(en: "cannot create \(p): \(why.en)", nl: "kan \(p) niet aanmaken: \(why.nl)")
        case .takeLock: return Message(en: "cannot take the lock \(p)", nl: "kan de vergrendeling \(p) niet nemen")
        case .makeFolder where reason == .notFolder:
            return Message(en: "\(p) exists and is not a folder", nl: "\(p) bestaat al en is geen map")
        case .makeFolder: return Message(en: "cannot make the folder \(p): \(why.en)", nl: "kan de map \(p) niet maken: \(why.nl)")
        case .makeTemporaryFolder:
            return Message(en: "cannot make a temporary folder \(p): \(why.en)", nl: "kan geen tijdelijke map \(p) maken: \(why.nl)")
        case .start: return Message(en: "cannot start \(p) (\(why.en))", nl: "kan \(p) niet starten (\(why.nl))")
        }
    }

    /// Only why ("no such file or folder"), for callers that say what they were doing themselves
    /// ("cannot read script 'x.kvo': ...").
    public var reasonMessage: Message {
        switch reason {
        case .errno(let code): IOError.text(ofErrno: code)
        case .notRegular(.folder): Message(en: "it is a folder", nl: "het is een map")
        case .notRegular(.fifo): Message(en: "it is a pipe (FIFO), not a file", nl: "het is een pijp (FIFO), geen bestand")
        case .notRegular(.device): Message(en: "it is a device, not a file", nl: "het is een apparaat, geen bestand")
        case .notRegular(.other): Message(en: "it is not a regular file", nl: "het is geen gewoon bestand")
        case .tooLarge(let limit):
            Message(en: "it is larger than \(limit / (1024 * 1024)) MiB", nl: "het is groter dan \(limit / (1024 * 1024)) MiB")
        case .notUTF8: Message(en: "it is not UTF-8 text", nl: "het is geen UTF-8-tekst")
        case .notFolder: Message(en: "it is not a folder", nl: "het is geen map")
        case .none: .empty
        }
    }

    /// Why a call failed, from errno. The C library's own text (the rare cases) is no sentence
    /// of ours and is shown as it is.
    public static func text(ofErrno code: Int32) -> Message {
        switch known(code) {
        case .noSuchFile: Message(en: "no such file or folder", nl: "bestand of map bestaat niet")
        case .permissionDenied: Message(en: "permission denied", nl: "geen toestemming")
        case .diskFull: Message(en: "the disk is full", nl: "de schijf is vol")
        case .readOnlyFileSystem: Message(en: "the file system is read-only", nl: "het bestandssysteem is alleen-lezen")
        case .isFolder: Message(en: "it is a folder", nl: "het is een map")
        case nil: .verbatim(systemText(code))
        }
    }
}

extension LockFile.Held {
    /// "process 4242 of anna on laptop-7, since 2026-11-29T09:12:00"
    public var owner: Message {
        Message(en: "process \(pid) of \(user) on \(host), since \(since)",
                nl: "proces \(pid) van \(user) op \(host), sinds \(since)")
    }
}
