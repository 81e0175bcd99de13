#!/bin/sh
# plumb: petitecloud create host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/create.plumb
set -eu
mkdir -p /vm/web1
