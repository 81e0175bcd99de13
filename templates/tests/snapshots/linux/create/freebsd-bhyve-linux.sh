#!/bin/sh
# plumb: petitecloud create host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/create.plumb
set -eu
mkdir -p /vm/web1
