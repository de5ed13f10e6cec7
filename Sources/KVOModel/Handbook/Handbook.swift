/// The handbook's numbers, tables, deadlines and tests, each once, named by its paragraph (KVO
/// Handboek Bedrijventerreinen 4.0, shared/seeds; the Dutch text is the final word).
///
/// Rules, `plan`, `status`, the script functions, the reports and the certificate draft all ask
/// here, so that two layers can never disagree about a handbook fact (issue 11). A number a
/// message states is interpolated from the constant it states. Tests/KVOModelTests/
/// HandbookLiteralTests fails when one of these facts is written as a literal outside this folder.
///
/// Split by concern: `Handbook.Area` (§3.1), `Handbook.Workgroup` (§3.2, §3.4), `Handbook.Survey`
/// (§4.1.1), `Handbook.Analysis` (§4.1.2–§4.1.4), `Handbook.Plan` (§4.2–§4.4), `Handbook.FirstAudit` (§5.2.2), `Handbook.Audit` (§5.2.1,
/// §6.3, §6.3.1, §6.4), `Handbook.Certificate` (§7.2, B1.2), `Handbook.Version` (§1.5) and
/// `Handbook.Step` (§1.2).
public enum Handbook {}
