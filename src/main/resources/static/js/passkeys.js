// Passkeys (WebAuthn) with Spring Security's endpoints: registering one on the enrolment page, and using one as the
// second step of signing in. Written for Homeward; the request and response shapes are those Spring Security defines.
"use strict";
(() => {
  const toBase64Url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const fromBase64Url = (text) => {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  };
  const csrfHeaders = () => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    const headers = { "Content-Type": "application/json" };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  };
  const postJson = async (url, body) => {
    const response = await fetch(url, { method: "POST", headers: csrfHeaders(), body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  };
  const showError = () => {
    const error = document.getElementById("passkey-error");
    if (error) {
      error.classList.remove("d-none");
    }
  };

  async function register(label) {
    const options = await postJson("/webauthn/register/options");
    const publicKey = {
      ...options,
      challenge: fromBase64Url(options.challenge),
      user: { ...options.user, id: fromBase64Url(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) }))
    };
    const created = await navigator.credentials.create({ publicKey });
    const result = await postJson("/webauthn/register", {
      publicKey: {
        label,
        credential: {
          id: created.id,
          rawId: toBase64Url(created.rawId),
          type: created.type,
          response: {
            attestationObject: toBase64Url(created.response.attestationObject),
            clientDataJSON: toBase64Url(created.response.clientDataJSON),
            transports: created.response.getTransports ? created.response.getTransports() : []
          },
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment
        }
      }
    });
    if (!result || !result.success) {
      throw new Error("not registered");
    }
  }

  async function authenticate() {
    const options = await postJson("/webauthn/authenticate/options");
    const publicKey = {
      ...options,
      challenge: fromBase64Url(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) }))
    };
    const assertion = await navigator.credentials.get({ publicKey });
    const result = await postJson("/login/webauthn", {
      id: assertion.id,
      rawId: toBase64Url(assertion.rawId),
      credType: assertion.type,
      response: {
        authenticatorData: toBase64Url(assertion.response.authenticatorData),
        clientDataJSON: toBase64Url(assertion.response.clientDataJSON),
        signature: toBase64Url(assertion.response.signature),
        userHandle: assertion.response.userHandle ? toBase64Url(assertion.response.userHandle) : undefined
      },
      clientExtensionResults: assertion.getClientExtensionResults(),
      authenticatorAttachment: assertion.authenticatorAttachment
    });
    if (!result || !result.authenticated) {
      throw new Error("not authenticated");
    }
    return result.redirectUrl;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const add = document.getElementById("passkey-register");
    if (add) {
      add.addEventListener("click", async () => {
        add.disabled = true;
        try {
          const label = document.getElementById("passkey-label").value.trim() || "Passkey";
          await register(label);
          document.getElementById("passkey-added-form").submit();
        } catch (e) {
          showError();
          add.disabled = false;
        }
      });
    }
    const use = document.getElementById("passkey-sign-in");
    if (use) {
      use.addEventListener("click", async () => {
        use.disabled = true;
        try {
          window.location.href = await authenticate();
        } catch (e) {
          showError();
          use.disabled = false;
        }
      });
    }
  });
})();
