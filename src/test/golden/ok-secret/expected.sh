#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
# secrets: PLUMB_SECRET_VM_PASSWORD (from the environment)
set -eu
vnc --password "${PLUMB_SECRET_VM_PASSWORD}" "--pw=${PLUMB_SECRET_VM_PASSWORD}"
