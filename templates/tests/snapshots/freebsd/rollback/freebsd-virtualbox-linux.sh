#!/bin/sh
# plumb: petitecloud rollback host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/rollback.plumb
set -eu
VBoxManage snapshot fbsd1 restore installed
