#!/bin/sh
# Makes throwaway TLS material for the platform tests with the openssl command-line tool:
#   ca.pem / ca-key.pem               test CA
#   server.pem / server-key.pem       server certificate for localhost, 127.0.0.1 and ::1 (signed by ca)
#   other-ca.pem, other-server.pem / other-server-key.pem   an unrelated CA and a server certificate signed
#                                     by it (for "wrong server certificate" tests)
#   client-ca.pem, client.pem / client-key.pem   a CA for client certificates and one client certificate
# Usage: make-test-certs.sh OUTDIR. Keys are EC P-256, valid 30 days; nothing here is ever committed.
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
chmod 600 ./*-key.pem
echo "test certificates in $out"
