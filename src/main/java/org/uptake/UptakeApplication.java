package org.uptake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** Uptake: one deployable, split into application modules (see docs/architecture.md). */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableAsync
public class UptakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(UptakeApplication.class, args);
    }
}
