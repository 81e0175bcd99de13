#!/bin/sh
# plumb: svc install
# from: install.plumb
set -eu
cat > /etc/init.d/web <<'EOF'
#!/sbin/openrc-run
description="Web app \$(touch canary) \"quoted\" \`id\` it's"
command=/usr/local/bin/web
command_args="--port 8080 a b"
command_user=www
start_pre() {
	case $RC_CMD in
	start) einfo "starting Web app \$(touch canary) \"quoted\" \`id\` it's" ;;
	esac
}
EOF
cat > /etc/conf.d/web.txt <<'EOF'
Web app $(touch canary) "quoted" `id` it's
EOF
