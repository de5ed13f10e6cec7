import LibFuzzer
#if canImport(Glibc)
import Glibc
#endif
import KVOModel

/// The dossier a journal is replayed on: examples/de-hoek.json, read once.
let exampleDossier: Dossier = {
    let root = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/"))
    let bytes = (try? FileSystem.read("/" + root + "/examples/de-hoek.json")) ?? []
    guard let dossier = try? Dossier.load(bytes) else { fatalError("examples/de-hoek.json does not load") }
    return dossier
}()

/// Where each input is written, as the journal beside a dossier (one file per fuzzing process).
let dossierPath = "/tmp/kvo-fuzz-journal-\(getpid()).json"

/// One input: the bytes as the journal beside de-hoek.json, read as `open` reads it and replayed
/// as `--recover` replays it. Refusing a line or an amendment is fine; a trap, a stack overflow
/// or a memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let journal = Journal(dossierPath: dossierPath)
    guard let file = fopen(journal.path, "w") else { fatalError("cannot write \(journal.path)") }
    if let data, size > 0 { _ = fwrite(data, 1, size, file) }
    fclose(file)
    guard let contents = try? journal.read() else { return 0 }
    var dossier = exampleDossier
    for amendment in contents.amendments {
        _ = amendment.json
        do { try amendment.apply(to: &dossier) } catch { break }
    }
    return 0
}

/// The program's main (see LibFuzzer.h for why it is not libFuzzer's own).
@_cdecl("FuzzJournal_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    atexit { unlink(Journal(dossierPath: dossierPath).path) }  // libFuzzer ends with exit()
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzJournal(data, size) }
}
