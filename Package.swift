// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tidings",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tidings", targets: ["tidings"]),
        .executable(name: "tidings-train", targets: ["tidings-train"]),
        .library(name: "TidingsKit", targets: ["TidingsKit"]),
        .library(name: "TidingsUI", targets: ["TidingsUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(
            name: "TidingsKit",
            dependencies: ["CLibXML2", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "TidingsUI",
            dependencies: ["TidingsKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"])]
        ),
        .executableTarget(
            name: "tidings",
            dependencies: [
                "TidingsKit", "TidingsUI", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/demo")]
        ),
        .executableTarget(
            name: "tidings-train",
            dependencies: ["TidingsKit"]
        ),
        .executableTarget(
            name: "tidings-bench",
            dependencies: ["TidingsKit", "TidingsUI"]
        ),
        .testTarget(name: "TidingsKitTests", dependencies: ["TidingsKit"]),
        .testTarget(name: "TidingsUITests", dependencies: ["TidingsUI"]),
    ]
)
