import LibFuzzer
import KVOModel

/// One input: the bytes as a dossier file. Any error is fine (kvo reports it with its place);
/// a trap, an overflow of the stack or a memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDossier(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSONParser.parse(bytes)
    if let dossier = try? Dossier.load(bytes) {
        // What `open` and `check` do next with a dossier that loaded.
        for kind in dossier.schema.kinds {
            for record in dossier.records(kind) { _ = dossier.missingReferences(in: record, of: kind) }
        }
    }
    return 0
}

/// The program's main (see LibFuzzer.h for why it is not libFuzzer's own).
@_cdecl("FuzzDossier_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzDossier(data, size) }
}
