package org.uptake;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestMailServer} (registered in {@code META-INF/spring.factories}),
 * so tests of any module see the mails the application sends, on H2 and on PostgreSQL alike.
 */
public class TestMailServerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new MailServerCustomizer();
    }

    /** Equal to every other instance, so that it does not split the context cache. */
    private static final class MailServerCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", TestMailServer.port())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MailServerCustomizer;
        }

        @Override
        public int hashCode() {
            return MailServerCustomizer.class.hashCode();
        }
    }
}
