module.exports = async () => {
	// Time logic must never depend on the machine's zone: every zone the code uses is explicit.
	process.env.TZ = 'UTC';
	// n8n-core logs every node error it handles; the tests assert those errors themselves.
	process.env.N8N_LOG_LEVEL = 'silent';
};
