"""Jinja2's side of plumb's benchmarks (bench/run calls it with a python3 that imports jinja2).

  bench.py check DIR            render DIR/jinja/main.j2, compare with DIR/expected.sh (exit 1 if not equal)
  bench.py oneshot DIR          parse + render once, the script on stdout (the CLI cold-start peer)
  bench.py embedded DIR SECONDS parse+render and render of a parsed template, JSON of us/op on stdout
  bench.py parse-all DIR        Environment.parse of every *.j2 under DIR (lint's peer), count on stdout
"""
import json
import os
import statistics
import sys
import time

import jinja2


def environment(folder):
    # trim_blocks + lstrip_blocks: a line holding only a tag emits nothing, as in plumb;
    # keep_trailing_newline: the script ends in a line break, as plumb's does.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def model(folder):
    with open(os.path.join(folder, "values.json"), encoding="utf-8") as f:
        s = json.load(f)["s"]
    m = {k: v for k, v in s.items()}
    m["linux"] = True
    return m


def render(env, source, m):
    return env.from_string(source).render(m)


def main():
    mode, folder = sys.argv[1], sys.argv[2]
    if mode == "parse-all":
        env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
        n = 0
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if name.endswith(".j2"):
                    with open(os.path.join(root, name), encoding="utf-8") as f:
                        env.parse(f.read())
                    n += 1
        print(n)
        return
    env = environment(os.path.join(folder, "jinja"))
    with open(os.path.join(folder, "jinja", "main.j2"), encoding="utf-8") as f:
        source = f.read()
    m = model(folder)
    if mode == "oneshot":
        sys.stdout.write(render(env, source, m))
    elif mode == "check":
        with open(os.path.join(folder, "expected.sh"), encoding="utf-8") as f:
            expected = f.read()
        got = render(env, source, m)
        if got != expected:
            i = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
            sys.stderr.write("jinja2 output differs at char %d: %r vs %r\n" % (i, got[i - 40:i + 40], expected[i - 40:i + 40]))
            sys.exit(1)
        print("equal")
    elif mode == "embedded":
        seconds = float(sys.argv[3])

        def parse_render():
            env.cache.clear()  # the include is parsed again too, as plumb loads its fragment
            return render(env, source, m)

        parsed = env.from_string(source)
        out = {
            "parseRender": measure(parse_render, seconds),
            "render": measure(lambda: parsed.render(m), seconds),
            "jinja2": jinja2.__version__,
            "python": sys.version.split()[0],
        }
        print(json.dumps(out))


def measure(fn, seconds):
    """Warm up for a third of the time, then 5 batches; us/op as mean, error as stdev."""
    end = time.perf_counter() + seconds / 3
    while time.perf_counter() < end:
        fn()
    results = []
    for _ in range(5):
        n, start = 0, time.perf_counter()
        end = start + seconds / 5
        while time.perf_counter() < end:
            fn()
            n += 1
        results.append((time.perf_counter() - start) / n * 1e6)
    return {"us": statistics.mean(results), "error": statistics.stdev(results)}


if __name__ == "__main__":
    main()
