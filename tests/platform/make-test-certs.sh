#!/bin/sh
# Makes throwaway TLS material for the platform tests with the openssl command-line tool:
#   ca.pem / ca-key.pem               test CA
#   server.pem / server-key.pem       server certificate for localhost, 127.0.0.1 and ::1 (signed by ca)
#   other-ca.pem, other-server.pem / other-server-key.pem   an unrelated CA and a server certificate signed
#                                     by it (for "wrong server certificate" tests)
#   client-ca.pem, client.pem / client-key.pem   a CA for client certificates and one client certificate
#   expired-server.pem, not-yet-valid-server.pem, wrong-host-server.pem (keys *-key.pem)
#                                     server certificates signed by ca that are wrong in one way each:
#                                     validity ended in 2020, validity starts in 2099, and made for
#                                     another host name (no localhost or 127.0.0.1 in it)
# Usage: make-test-certs.sh OUTDIR. Keys are EC P-256, valid 30 days; nothing here is ever committed.
# The tests run it once per test process (PlatformFixture::certsDir(), about 0.2 s), so a certificate
# never outlives the run it was made for.
set -eu
out=${1:?usage: make-test-certs.sh OUTDIR}
mkdir -p "$out"
cd "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

ca() { # name subject
    key "$1-key.pem"
    openssl req -x509 -new -key "$1-key.pem" -sha256 -days 30 -subj "$2" -out "$1.pem" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
}

leaf() { # name subject ca extfile
    key "$1-key.pem"
    openssl req -new -key "$1-key.pem" -subj "$2" -out "$tmp/$1.csr"
    openssl x509 -req -in "$tmp/$1.csr" -CA "$3.pem" -CAkey "$3-key.pem" -CAcreateserial -CAserial "$tmp/$3.srl" \
        -days 30 -sha256 -extfile "$4" -out "$1.pem" 2>/dev/null
}

cat > "$tmp/server.ext" <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
cat > "$tmp/wrong-host.ext" <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:platform.example.invalid
EXT
cat > "$tmp/client.ext" <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth
EXT

ca ca "/CN=Yichuang test CA"
leaf server "/CN=localhost" ca "$tmp/server.ext"
ca other-ca "/CN=Unrelated test CA"
leaf other-server "/CN=localhost" other-ca "$tmp/server.ext"
ca client-ca "/CN=Yichuang test client CA"
leaf client "/CN=yichuang-test-window" client-ca "$tmp/client.ext"
leaf wrong-host-server "/CN=platform.example.invalid" ca "$tmp/wrong-host.ext"

# Fixed validity windows need `openssl ca` (OpenSSL 3.0's x509 -req takes only -days).
dated() { # name startdate enddate
    key "$1-key.pem"
    openssl req -new -key "$1-key.pem" -subj "/CN=localhost" -out "$tmp/$1.csr"
    mkdir -p "$tmp/ca-db"
    : > "$tmp/ca-db/index.txt"
    [ -f "$tmp/ca-db/serial" ] || echo 1000 > "$tmp/ca-db/serial"
    cat > "$tmp/ca.cnf" <<CNF
[ ca ]
default_ca = test
[ test ]
database = $tmp/ca-db/index.txt
new_certs_dir = $tmp/ca-db
serial = $tmp/ca-db/serial
default_md = sha256
policy = any
unique_subject = no
[ any ]
commonName = supplied
CNF
    openssl ca -batch -notext -config "$tmp/ca.cnf" -cert ca.pem -keyfile ca-key.pem -in "$tmp/$1.csr" \
        -startdate "$2" -enddate "$3" -extfile "$tmp/server.ext" -out "$1.pem" 2>/dev/null
}
dated expired-server 20200101000000Z 20200201000000Z
dated not-yet-valid-server 20990101000000Z 20990201000000Z
chmod 600 ./*-key.pem
echo "test certificates in $out"
