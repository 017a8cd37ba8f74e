import Foundation

/// Where TidingsKit's data files are: beside the executable (as SwiftPM installs the resource
/// bundle), or in the source tree for builds run from it. Found without `Bundle.module`, whose
/// accessor stops the process when the bundle is missing.
enum ResourceFolder {
    static let bundleName = "Tidings_TidingsKit.resources"

    static let url: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["TIDINGS_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for base in [Bundle.main.bundleURL, executable.deletingLastPathComponent()] {
            candidates.append(base.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
            candidates.append(base.deletingLastPathComponent().appendingPathComponent(bundleName)
                .appendingPathComponent("Resources"))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources"))
        return candidates.first { fileManager.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()
}
